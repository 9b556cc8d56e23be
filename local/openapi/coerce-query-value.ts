function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function coerceScalar(text: string, type: unknown): unknown {
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  return text;
}

/**
 * A query string value as the type its parameter schema declares, so the schema can check it: numbers and booleans
 * from their text, arrays from comma-separated lists. Text that does not convert stays text and fails the check.
 *
 * @example
 * coerceQueryValue('1,2', { type: 'array', items: { type: 'integer' } }); // [1, 2]
 */
export function coerceQueryValue(text: string, schema: unknown): unknown {
  if (!isRecord(schema)) return text;
  if (schema['type'] === 'array') {
    const items = isRecord(schema['items']) ? schema['items']['type'] : undefined;
    return text.split(',').map((part) => coerceScalar(part.trim(), items));
  }
  return coerceScalar(text, schema['type']);
}

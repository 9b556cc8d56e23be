/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The identifiers of a field value, lower-case, one list per value: strings and numbers stand for themselves; objects
 * contribute the listed properties (a status: id and name); arrays give one entry per element.
 *
 * @example
 * readIdentifiers({ id: '3', name: 'Done' }, ['id', 'name']); // [['3', 'done']]
 * readIdentifiers(['a', 'B'], []); // [['a'], ['b']]
 */
export function readIdentifiers(value: unknown, properties: readonly string[]): string[][] {
  const items: readonly unknown[] = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return items.flatMap((item) => {
    if (typeof item === 'string' || typeof item === 'number') return item === '' ? [] : [[String(item).toLowerCase()]];
    if (!isRecord(item)) return [];
    const ids = properties.flatMap((p) => {
      const v = item[p];
      return typeof v === 'string' || typeof v === 'number' ? [String(v).toLowerCase()] : [];
    });
    return ids.length === 0 ? [] : [ids];
  });
}

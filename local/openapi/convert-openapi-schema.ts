/** The $id under which the document's component schemas are registered with the validator. */
export const COMPONENTS_ID = 'https://pmo.local/jira-openapi-components.json';

const LOCAL_REF = '#/components/schemas/';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns an OpenAPI 3.0 schema into JSON Schema for Ajv: `nullable: true` becomes a union with null, and
 * `#/components/schemas/X` references point into the registered components document.
 *
 * @example
 * convertOpenApiSchema({ type: 'string', nullable: true }); // { type: ['string', 'null'] }
 * convertOpenApiSchema({ $ref: '#/components/schemas/User' }); // { $ref: 'https://pmo.local/...#/components/schemas/User' }
 */
export function convertOpenApiSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(convertOpenApiSchema);
  if (!isRecord(schema)) return schema;
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key === 'xml') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith(LOCAL_REF)) converted[key] = `${COMPONENTS_ID}${value}`;
    else if (key === 'properties' && isRecord(value)) {
      converted[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, convertOpenApiSchema(s)]));
    } else converted[key] = convertOpenApiSchema(value);
  }
  if (schema['nullable'] !== true) return converted;
  if (typeof converted['type'] === 'string' && converted['$ref'] === undefined) {
    const withNull: Record<string, unknown> = { ...converted, type: [converted['type'], 'null'] };
    const values: unknown = converted['enum'];
    if (Array.isArray(values)) withNull['enum'] = [...(values as readonly unknown[]), null];
    return withNull;
  }
  return { anyOf: [converted, { type: 'null' }] };
}

/**
 * Places where Jira Cloud's answers depart from the schemas of its own published document, each patched into the
 * component schemas before validation so that checks flag the app's real mistakes, not Jira's known quirks:
 * - BulkIssueResults has no `expand` property, yet Jira (and the operation's own example) sends `"expand": "schema,names"`.
 * - ChangeDetails declares from/fromString/to/toString as strings, yet Jira sends null for a value that was or became empty.
 */
export const DOCUMENT_CORRECTIONS: readonly {
  readonly schema: string;
  readonly property: string;
  readonly replacement: Readonly<Record<string, unknown>>;
  readonly reason: string;
}[] = [
  { schema: 'BulkIssueResults', property: 'expand', replacement: { type: 'string' }, reason: 'sent by Jira and shown in the operation example' },
  ...['from', 'fromString', 'to', 'toString'].map((property) => ({
    schema: 'ChangeDetails',
    property,
    replacement: { type: 'string', nullable: true },
    reason: 'Jira sends null for an empty side of a change',
  })),
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The component schemas with {@link DOCUMENT_CORRECTIONS} applied; the input is left untouched.
 *
 * @example
 * applyDocumentCorrections({ BulkIssueResults: { type: 'object', properties: {} } }).BulkIssueResults;
 * // { type: 'object', properties: { expand: { type: 'string' } } }
 */
export function applyDocumentCorrections(schemas: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const corrected: Record<string, unknown> = { ...schemas };
  for (const { schema, property, replacement } of DOCUMENT_CORRECTIONS) {
    const target = corrected[schema];
    if (!isRecord(target)) continue;
    const properties = isRecord(target['properties']) ? target['properties'] : {};
    corrected[schema] = { ...target, properties: { ...properties, [property]: replacement } };
  }
  return corrected;
}

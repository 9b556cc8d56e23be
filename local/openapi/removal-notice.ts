import type { OpenApiOperation } from './openapi-document-schema';

const REMOVED_NOW = /Endpoint is currently being removed/i;
const REMOVED_ON = /This will be removed on \[?([A-Z][a-z]+ \d{1,2}, \d{4})/;

/**
 * Why an operation no longer exists, from its documentation: "Endpoint is currently being removed" (the old
 * /rest/api/3/search, CHANGE-2046), or "This will be removed on <date>" with that date past. Null while it stands.
 *
 * @example
 * removalNotice({ deprecated: true, description: 'Endpoint is currently being removed. ...', responses: {} }, new Date());
 * // 'Endpoint is currently being removed.'
 */
export function removalNotice(operation: OpenApiOperation, now: Date): string | null {
  if (operation.deprecated !== true) return null;
  const description = operation.description ?? '';
  if (REMOVED_NOW.test(description)) return 'Endpoint is currently being removed.';
  const date = REMOVED_ON.exec(description)?.[1];
  if (date !== undefined && Date.parse(`${date} UTC`) <= now.getTime()) return `Removed on ${date}.`;
  return null;
}

/**
 * Formats an instant the way Jira's REST API writes date-times, in UTC with a basic offset.
 *
 * @example
 * formatJiraDateTime(new Date('2026-11-01T10:00:00Z')); // '2026-11-01T10:00:00.000+0000'
 */
export function formatJiraDateTime(at: Date): string {
  return at.toISOString().replace(/Z$/, '+0000');
}

const JIRA_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a date or date-time as Jira writes it ('2026-11-01', '2026-11-01T10:00:00.000+0000', ISO with 'Z' or '+01:00')
 * into epoch milliseconds; a date without a time or offset is taken as midnight UTC. Null when it is not a date.
 *
 * @example
 * parseJiraDateTime('2026-11-01T10:00:00.000+0100'); // Date.UTC(2026, 10, 1, 9)
 * parseJiraDateTime('2026-11-01'); // Date.UTC(2026, 10, 1)
 */
export function parseJiraDateTime(text: string): number | null {
  const match = JIRA_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, day, time, offset] = match;
  const zone = offset === undefined || offset === 'Z' ? 'Z' : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  const ms = Date.parse(`${day ?? ''}T${time ?? '00:00'}${zone}`);
  return Number.isNaN(ms) ? null : ms;
}

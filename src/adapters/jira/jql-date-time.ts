/**
 * A JQL date-time, `yyyy-MM-dd HH:mm`, rounded down to the minute (JQL has no seconds), written in `timeZone`:
 * Jira reads a JQL date in the time zone of the user who runs the query, so the instant must be written in theirs.
 *
 * @example
 * jqlDateTime('2026-11-20T09:41:30Z', 'America/New_York'); // '2026-11-20 04:41'
 */
export function jqlDateTime(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

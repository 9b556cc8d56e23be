/**
 * A moment to the minute in UTC, as the points wording says it: the time alone on the reader's own UTC day
 * ("19:00 UTC"), with the date on any other ("2026-11-21 19:00 UTC"); a value that is not a date is shown as it came.
 *
 * @example
 * formatUtcMinute('2026-11-20T19:00:00.000Z', Date.parse('2026-11-20T18:40:00Z')); // => '19:00 UTC'
 * formatUtcMinute('2026-11-21T00:10:00.000Z', Date.parse('2026-11-20T23:50:00Z')); // => '2026-11-21 00:10 UTC'
 */
export function formatUtcMinute(iso: string, nowMs: number): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const text = new Date(ms).toISOString();
  const sameDay = Number.isFinite(nowMs) && new Date(nowMs).toISOString().slice(0, 10) === text.slice(0, 10);
  return sameDay ? `${text.slice(11, 16)} UTC` : `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}

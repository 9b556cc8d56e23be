import { instantOf, parseInstant, utcDayOf } from '../../../../src/domain/time';

/**
 * A moment to the minute in UTC, as the points wording says it: the time alone on the reader's own UTC day
 * ("19:00 UTC"), with the date on any other ("2026-11-21 19:00 UTC"); a value that is not a date is shown as it came.
 *
 * @example
 * formatUtcMinute('2026-11-20T19:00:00.000Z', Date.parse('2026-11-20T18:40:00Z')); // => '19:00 UTC'
 * formatUtcMinute('2026-11-21T00:10:00.000Z', Date.parse('2026-11-20T23:50:00Z')); // => '2026-11-21 00:10 UTC'
 */
export function formatUtcMinute(iso: string, nowMs: number): string {
  const instant = parseInstant(iso);
  if (instant === null) return iso;
  const day = utcDayOf(instant);
  const minute = instant.slice('yyyy-mm-ddT'.length, 'yyyy-mm-ddThh:mm'.length);
  const sameDay = Number.isFinite(nowMs) && utcDayOf(instantOf(new Date(nowMs))) === day;
  return sameDay ? `${minute} UTC` : `${day} ${minute} UTC`;
}

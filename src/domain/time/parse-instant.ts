import type { Instant } from './instant';
import { isCalendarDay } from './is-calendar-day';
import { isInstant } from './is-instant';

/**
 * A date, a time and its offset: without an offset the moment would depend on the reader's zone. Hours run to 24
 * (ISO 8601's end of day), minutes and seconds to 59.
 */
const dateTimeWithOffset = /^(\d{4}-\d{2}-\d{2})T((?:[01]\d|2[0-4]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?)(Z|([+-]\d{2}):?(\d{2})?)$/;

/**
 * Reads an ISO 8601 date-time with an offset (`Z`, `+01:00` or Jira's `+0100`) as the instant it names, re-spelt in UTC
 * with milliseconds. Surrounding whitespace is ignored.
 *
 * @returns the instant, or null when `text` is not a real date-time with an offset in the years 1000 to 9999.
 * @example
 * parseInstant('2026-11-01T10:00:00.000+0100'); // '2026-11-01T09:00:00.000Z'
 * parseInstant('2026-11-01T09:00Z');            // '2026-11-01T09:00:00.000Z'
 * parseInstant('2026-11-01T09:00:00');          // null (no offset)
 * parseInstant('2026-11-01');                   // null (a day, not an instant)
 */
export function parseInstant(text: string): Instant | null {
  const match = dateTimeWithOffset.exec(text.trim());
  const [, day, time, zone, offsetHours, offsetMinutes] = match ?? [];
  // The engine's parser rolls 30 February over into March, so the day is checked as a calendar day first.
  if (day === undefined || time === undefined || zone === undefined || !isCalendarDay(day)) return null;
  // Spelt the one way every engine reads: the offset with a colon and its minutes.
  const offset = offsetHours === undefined ? 'Z' : `${offsetHours}:${offsetMinutes ?? '00'}`;
  const ms = Date.parse(`${day}T${time}${offset}`);
  if (!Number.isFinite(ms)) return null;
  const spelt = new Date(ms).toISOString();
  return isInstant(spelt) ? spelt : null;
}

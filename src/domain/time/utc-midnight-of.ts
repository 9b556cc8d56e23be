import type { CalendarDay } from './calendar-day';
import type { Instant } from './instant';
import { parseInstant } from './parse-instant';

/**
 * The instant a calendar day begins in UTC, the start of "today" for daily totals kept in UTC.
 *
 * @example
 * utcMidnightOf(utcDayOf(instantOf(new Date('2026-03-01T09:30:00Z')))); // '2026-03-01T00:00:00.000Z'
 */
export function utcMidnightOf(day: CalendarDay): Instant {
  const midnight = parseInstant(`${day}T00:00:00Z`);
  // A CalendarDay is a real day from year 1000 to 9999, so its midnight is always an instant.
  if (midnight === null) throw new RangeError(`Not a calendar day: ${day}`);
  return midnight;
}

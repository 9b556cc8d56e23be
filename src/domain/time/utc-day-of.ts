import type { CalendarDay } from './calendar-day';
import type { Instant } from './instant';
import { parseCalendarDay } from './parse-calendar-day';

/**
 * The calendar day an instant falls on in UTC: the day snapshots, overrides and file names are dated by.
 *
 * @example
 * utcDayOf(instantOf(new Date('2026-03-01T23:30:00-01:00'))); // '2026-03-02'
 */
export function utcDayOf(instant: Instant): CalendarDay {
  const day = parseCalendarDay(instant.slice(0, 'yyyy-mm-dd'.length));
  // An Instant is spelt from a four-digit year, so its first ten characters are always a calendar day.
  if (day === null) throw new RangeError(`Not an instant: ${instant}`);
  return day;
}

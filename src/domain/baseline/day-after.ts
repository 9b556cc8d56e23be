import { addCalendarDays } from '../time/add-calendar-days';
import type { CalendarDay } from '../time/calendar-day';
import { parseCalendarDay } from '../time/parse-calendar-day';

/**
 * The calendar day after `day` (both `yyyy-mm-dd`). Throws a RangeError, in words for the person who typed it, for
 * anything that is not a real date.
 *
 * @example
 * dayAfter('2026-02-28'); // '2026-03-01'
 * dayAfter('2026-12-31'); // '2027-01-01'
 */
export function dayAfter(day: string): CalendarDay {
  const parsed = parseCalendarDay(day);
  if (parsed === null || parsed !== day) throw new RangeError(`The day must be a calendar date such as 2026-10-01, not "${day}".`);
  return addCalendarDays(parsed, 1);
}

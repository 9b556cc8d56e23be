import { utc } from '@date-fns/utc';
import { addDays, format } from 'date-fns';
import type { CalendarDay } from './calendar-day';
import { dateOfDay } from './date-of-day';
import { isCalendarDay } from './is-calendar-day';

/**
 * The calendar day `amount` days after `day` (before it when negative), by date-fns' `addDays` in UTC.
 *
 * @throws RangeError when the result leaves the years 1000 to 9999.
 * @example
 * addCalendarDays(day('2028-02-28'), 1);  // '2028-02-29'
 * addCalendarDays(day('2026-03-01'), -1); // '2026-02-28'
 */
export function addCalendarDays(day: CalendarDay, amount: number): CalendarDay {
  const result = format(addDays(dateOfDay(day), amount, { in: utc }), 'yyyy-MM-dd');
  if (!isCalendarDay(result)) throw new RangeError(`${day} plus ${String(amount)} days is out of range`);
  return result;
}

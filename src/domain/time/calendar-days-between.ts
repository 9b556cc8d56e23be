import { utc } from '@date-fns/utc';
import { differenceInCalendarDays } from 'date-fns';
import type { CalendarDay } from './calendar-day';
import { dateOfDay } from './date-of-day';

/**
 * Calendar days from `from` to `to` (date-fns' `differenceInCalendarDays`): how many midnights lie between, negative
 * when `to` is earlier. Due dates, ages and "days away" count this way, because a day named without a time has no
 * hours to count.
 *
 * @example
 * calendarDaysBetween(day('2026-03-01'), day('2026-03-05')); // 4
 * calendarDaysBetween(day('2026-03-05'), day('2026-03-01')); // -4
 */
export function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(dateOfDay(to), dateOfDay(from), { in: utc });
}

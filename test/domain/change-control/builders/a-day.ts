import type { CalendarDay } from '../../../../src/domain/time/calendar-day';
import { parseCalendarDay } from '../../../../src/domain/time/parse-calendar-day';

/** A calendar day for a test, failing loudly when the test itself is wrong. */
export function aDay(raw: string): CalendarDay {
  const day = parseCalendarDay(raw);
  if (day === null) throw new Error(`Test data error: ${raw} is not a calendar day`);
  return day;
}

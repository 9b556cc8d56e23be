import type { CalendarDay } from '../../../../src/domain/time/calendar-day';
import { parseCalendarDay } from '../../../../src/domain/time/parse-calendar-day';

/** A calendar day from test data; a malformed one is a mistake in the test. */
export function aDay(text: string): CalendarDay {
  const day = parseCalendarDay(text);
  if (day === null) throw new Error(`Test data error: ${text} is not a calendar day`);
  return day;
}

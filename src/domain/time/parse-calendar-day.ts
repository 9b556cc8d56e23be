import type { CalendarDay } from './calendar-day';
import { isCalendarDay } from './is-calendar-day';

/**
 * Reads a calendar day written `yyyy-mm-dd`, as typed in a form or stored. Surrounding whitespace is ignored; a time
 * after the date is not accepted (see `writtenDayOf` for Jira's date-times).
 *
 * @returns the day, or null when `text` is not a real calendar day.
 * @example
 * parseCalendarDay('2026-03-01');           // '2026-03-01'
 * parseCalendarDay('2026-02-30');           // null
 * parseCalendarDay('2026-03-01T09:00:00Z'); // null
 */
export function parseCalendarDay(text: string): CalendarDay | null {
  const candidate = text.trim();
  return isCalendarDay(candidate) ? candidate : null;
}

import type { CalendarDay } from './calendar-day';
import { parseCalendarDay } from './parse-calendar-day';

const datePrefix = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;

/**
 * The calendar day an ISO 8601 date or date-time names, read as written, before any offset:
 * `2026-03-01T23:30:00.000+1000` is 1 March. Jira writes due and start dates as plain dates and instants in the site's
 * or user's offset, so the written date is the one the team saw.
 *
 * @returns the day, or null when `text` is null or does not start with a real calendar date.
 * @example
 * writtenDayOf('2026-03-01');                    // '2026-03-01'
 * writtenDayOf('2026-03-01T23:30:00.000+1000'); // '2026-03-01'
 * writtenDayOf('2026-02-30');                    // null
 */
export function writtenDayOf(text: string | null): CalendarDay | null {
  if (text === null) return null;
  const match = datePrefix.exec(text);
  return match?.[1] === undefined ? null : parseCalendarDay(match[1]);
}

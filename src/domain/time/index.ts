/**
 * Public entry point of the domain's time feature. Two kinds of time value, both branded strings made only by the
 * parsers and clock-reading functions here: a `CalendarDay` (`yyyy-mm-dd`, no zone) and an `Instant` (ISO 8601 UTC).
 * Two ways of counting days, named as date-fns names them: calendar days (`calendarDaysBetween`, due dates and ages)
 * and elapsed full days (`elapsedDaysBetween`, "not updated for N days"). Calendar math goes through date-fns.
 */
export { addCalendarDays } from './add-calendar-days';
export type { CalendarDay } from './calendar-day';
export { calendarDayOf } from './calendar-day-of';
export { calendarDaysBetween } from './calendar-days-between';
export { elapsedDaysBefore } from './elapsed-days-before';
export { elapsedDaysBetween } from './elapsed-days-between';
export { elapsedDaysSince } from './elapsed-days-since';
export type { Instant } from './instant';
export { instantOf } from './instant-of';
export { isCalendarDay } from './is-calendar-day';
export { isInstant } from './is-instant';
export { parseCalendarDay } from './parse-calendar-day';
export { parseInstant } from './parse-instant';
export { todayOf } from './today-of';
export { utcDayOf } from './utc-day-of';
export { utcMidnightOf } from './utc-midnight-of';
export { writtenDayLabel } from './written-day-label';
export { writtenDayOf } from './written-day-of';

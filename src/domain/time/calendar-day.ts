import type { Brand } from '../ids/brand';

/**
 * A calendar day written `yyyy-mm-dd` (years 1000 to 9999), with no time and no zone: a due date, a snapshot's day, an
 * override's last day. Made only by `parseCalendarDay`, `writtenDayOf`, `utcDayOf` and `addCalendarDays`.
 */
export type CalendarDay = Brand<string, 'CalendarDay'>;

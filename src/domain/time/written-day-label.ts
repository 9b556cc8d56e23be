import { writtenDayOf } from './written-day-of';

/**
 * The day a date or date-time was written on, for showing beside an item or in a file name; the text itself when it
 * names no day, so an odd value is shown rather than hidden.
 *
 * @example
 * writtenDayLabel('2026-11-20T12:00:00.000Z');      // '2026-11-20'
 * writtenDayLabel('2026-11-20T23:30:00.000+1000');  // '2026-11-20'
 * writtenDayLabel('not refreshed');                 // 'not refreshed'
 */
export function writtenDayLabel(text: string): string {
  return writtenDayOf(text) ?? text;
}

import type { Instant } from './instant';
import { isCalendarDay } from './is-calendar-day';

const instantPattern = /^([1-9]\d{3}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * Whether `text` is an instant in its one spelling, UTC with milliseconds as `toISOString` writes it.
 *
 * @example
 * isInstant('2026-03-01T09:00:00.000Z');      // true
 * isInstant('2026-03-01T09:00:00Z');          // false (use parseInstant to read other spellings)
 * isInstant('2026-02-30T09:00:00.000Z');      // false
 */
export function isInstant(text: string): text is Instant {
  const day = instantPattern.exec(text)?.[1];
  return day !== undefined && isCalendarDay(day);
}

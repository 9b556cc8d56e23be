import { utc } from '@date-fns/utc';
import { isValid, parseISO } from 'date-fns';
import type { CalendarDay } from './calendar-day';

/** Four-digit years from 1000: earlier years need signs or padding in other formats and never occur in Jira. */
const calendarDayPattern = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

// Every item's dates are read on every roll-up and date-fns takes microseconds a call; a site has a few thousand
// distinct days, so each is checked once. Bounded, for long runs.
const checked = new Map<string, boolean>();
const checkAtMost = 20_000;

/**
 * Whether `text` is a real calendar day written `yyyy-mm-dd`, so that 2026-02-30 and 2026-13-01 are not.
 *
 * @example
 * isCalendarDay('2028-02-29'); // true
 * isCalendarDay('2026-02-29'); // false
 * isCalendarDay('2026-3-1');   // false
 */
export function isCalendarDay(text: string): text is CalendarDay {
  const match = calendarDayPattern.exec(text);
  if (match === null) return false;
  const known = checked.get(text);
  if (known !== undefined) return known;
  // date-fns answers an invalid date for 30 February; the field check is a second guard against any roll-over.
  const date = parseISO(text, { in: utc });
  const real = isValid(date) && date.getFullYear() === Number(match[1]) && date.getMonth() + 1 === Number(match[2]) && date.getDate() === Number(match[3]);
  if (checked.size >= checkAtMost) checked.clear();
  checked.set(text, real);
  return real;
}

import { utc } from '@date-fns/utc';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { dateOfDay } from './date-of-day';
import { writtenDayOf } from './written-day-of';

const epoch = parseISO('1970-01-01', { in: utc });
const datePrefix = /^\d{4}-\d{2}-\d{2}(?=$|T)/;

// Roll-ups ask for the day number of every due, start and resolved date of every item, and a site's items share a few
// thousand distinct days; date-fns takes microseconds a call, so each day is computed once. Bounded, for long runs.
const remembered = new Map<string, number | null>();
const rememberAtMost = 20_000;

function dayNumberOf(written: string): number | null {
  const day = writtenDayOf(written);
  return day === null ? null : differenceInCalendarDays(dateOfDay(day), epoch, { in: utc });
}

/**
 * The calendar day an ISO 8601 date or date-time names (as written, see `writtenDayOf`), as a whole number of days
 * since 1970-01-01. Day numbers let due dates, today and phase starts be compared and subtracted as plain numbers;
 * they count calendar days, as `calendarDaysBetween` does.
 *
 * @returns the day number, or null when `iso` is null or does not start with a real calendar date.
 * @example
 * calendarDayOf('1970-01-02');                    // 1
 * calendarDayOf('2026-03-01T23:30:00.000+1000'); // 20513
 * calendarDayOf('2026-02-30');                    // null
 */
export function calendarDayOf(iso: string | null): number | null {
  const written = iso === null ? null : datePrefix.exec(iso)?.[0];
  if (written === null || written === undefined) return null;
  const known = remembered.get(written);
  if (known !== undefined) return known;
  if (remembered.size >= rememberAtMost) remembered.clear();
  const number = dayNumberOf(written);
  remembered.set(written, number);
  return number;
}

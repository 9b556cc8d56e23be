import { calendarDayOf } from './calendar-day-of';

const isoInstant = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The calendar day of `now`, which every time-dependent figure is measured against (see `calendarDayOf` for how the
 * written offset chooses whose day it is).
 *
 * @throws RangeError when `now` is not an ISO 8601 date or date-time: time is an input of the domain, and a wrong
 *   one would silently mark every milestone overdue or none.
 * @example
 * todayOf('2026-03-01T09:00:00Z'); // 20513
 */
export function todayOf(now: string): number {
  const today = isoInstant.test(now) ? calendarDayOf(now) : null;
  if (today === null) {
    throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  }
  return today;
}

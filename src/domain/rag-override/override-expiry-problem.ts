import { parseCalendarDay } from '../time/parse-calendar-day';
import { MAX_OVERRIDE_DAYS } from './override-limits';
import type { OverrideDayBounds } from './override-day-bounds';

/**
 * What is wrong with an override's last day (`yyyy-mm-dd`) given the days allowed now, in words for the person
 * choosing it; null when it will do.
 *
 * @example
 * overrideExpiryProblem('2026-11-20', { min: '2026-11-21', max: '2027-02-19' }); // '2026-11-20 has passed; choose today (2026-11-21) or later.'
 */
export function overrideExpiryProblem(day: string, bounds: OverrideDayBounds): string | null {
  // Not trimmed: the day is compared as written below, so only the exact spelling will do.
  if (parseCalendarDay(day) !== day) return `Give the last day as a calendar date such as ${bounds.max}.`;
  if (day < bounds.min) return `${day} has passed; choose today (${bounds.min}) or later.`;
  if (day > bounds.max) return `An override lasts at most ${String(MAX_OVERRIDE_DAYS)} days: choose ${bounds.max} or earlier.`;
  return null;
}

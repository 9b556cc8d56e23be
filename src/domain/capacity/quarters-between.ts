import type { CalendarDay } from '../time/calendar-day';
import { nextQuarter } from './next-quarter';
import type { Quarter } from './quarter';
import { quarterOf } from './quarter-of';

/**
 * The quarters from the one `from` falls in to the one `to` falls in, both included, in time order.
 *
 * @returns the quarters, or an empty list when `to` is before `from`.
 * @example
 * quartersBetween(day('2027-03-01'), day('2027-04-30')); // ['2027-Q1', '2027-Q2']
 * quartersBetween(day('2027-11-15'), day('2028-01-02')); // ['2027-Q4', '2028-Q1']
 * quartersBetween(day('2027-05-01'), day('2027-04-30')); // []
 */
export function quartersBetween(from: CalendarDay, to: CalendarDay): Quarter[] {
  if (to < from) return [];
  const last = quarterOf(to);
  const quarters: Quarter[] = [quarterOf(from)];
  for (let current = quarterOf(from); current < last;) {
    current = nextQuarter(current);
    quarters.push(current);
  }
  return quarters;
}

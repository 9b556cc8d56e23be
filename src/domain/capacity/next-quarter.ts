import { addCalendarDays } from '../time/add-calendar-days';
import type { Quarter } from './quarter';
import { quarterOf } from './quarter-of';
import { quarterSpan } from './quarter-span';

/**
 * The quarter after `quarter`: the quarter of the day after its last day, so the year turns by calendar math.
 *
 * @throws RangeError after 9999-Q4, where calendar days end.
 * @example
 * nextQuarter(quarter('2027-Q3')); // '2027-Q4'
 * nextQuarter(quarter('2027-Q4')); // '2028-Q1'
 */
export function nextQuarter(quarter: Quarter): Quarter {
  return quarterOf(addCalendarDays(quarterSpan(quarter).last, 1));
}

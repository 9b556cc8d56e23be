import { utc } from '@date-fns/utc';
import { getQuarter, getYear, parseISO } from 'date-fns';
import type { CalendarDay } from '../time/calendar-day';
import { parseQuarter } from './parse-quarter';
import type { Quarter } from './quarter';

/**
 * The calendar quarter a day falls in (date-fns' `getQuarter`, in UTC like every calendar day).
 *
 * @example
 * quarterOf(day('2027-03-31')); // '2027-Q1'
 * quarterOf(day('2027-04-01')); // '2027-Q2'
 */
export function quarterOf(day: CalendarDay): Quarter {
  const date = parseISO(day, { in: utc });
  const quarter = parseQuarter(`${String(getYear(date))}-Q${String(getQuarter(date))}`);
  // A calendar day's year is 1000..9999 by construction, so its quarter always parses.
  if (quarter === null) throw new RangeError(`${day} has no quarter`);
  return quarter;
}

import { utc } from '@date-fns/utc';
import { endOfQuarter, format, parseISO } from 'date-fns';
import type { CalendarDay } from '../time/calendar-day';
import { parseCalendarDay } from '../time/parse-calendar-day';
import type { Quarter } from './quarter';

function dayOf(text: string): CalendarDay {
  const day = parseCalendarDay(text);
  // Quarters and calendar days share the years 1000..9999, so a quarter's bounds are always calendar days.
  if (day === null) throw new RangeError(`${text} is not a calendar day`);
  return day;
}

/**
 * The first and last calendar day of a quarter, both inclusive (date-fns' `endOfQuarter`, in UTC).
 *
 * @example
 * quarterSpan(quarter('2027-Q1')); // { first: '2027-01-01', last: '2027-03-31' }
 * quarterSpan(quarter('2028-Q4')); // { first: '2028-10-01', last: '2028-12-31' }
 */
export function quarterSpan(quarter: Quarter): { readonly first: CalendarDay; readonly last: CalendarDay } {
  const year = quarter.slice(0, 4);
  const firstMonth = (Number(quarter.slice(6)) - 1) * 3 + 1;
  const first = dayOf(`${year}-${String(firstMonth).padStart(2, '0')}-01`);
  const last = dayOf(format(endOfQuarter(parseISO(first, { in: utc }), { in: utc }), 'yyyy-MM-dd'));
  return { first, last };
}

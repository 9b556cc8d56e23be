import type { CalendarDay } from '../time/calendar-day';
import { calendarDaysBetween } from '../time/calendar-days-between';
import type { Quarter } from './quarter';
import { quarterSpan } from './quarter-span';
import { quartersBetween } from './quarters-between';

/**
 * Spreads an amount over the calendar days from `first` to `last`, both included, and answers each quarter's share:
 * the amount times the quarter's days in the range, divided by the range's days. Multiplying first and dividing once
 * keeps each share the correctly rounded value of the exact fraction (30 points over 61 days, 31 of them in Q1, give
 * Q1 exactly `30 * 31 / 61`); a range within one quarter gives it the whole amount unrounded. The shares of one
 * range add up to the amount within floating-point rounding. Internal to the capacity feature.
 *
 * @returns the shares in time order, or an empty map when `last` is before `first`.
 * @example
 * spreadOverDays(30, day('2027-03-01'), day('2027-04-30')); // Map { '2027-Q1' => 30 * 31 / 61, '2027-Q2' => 30 * 30 / 61 }
 */
export function spreadOverDays(amount: number, first: CalendarDay, last: CalendarDay): Map<Quarter, number> {
  const quarters = quartersBetween(first, last);
  const only = quarters.length === 1 ? quarters[0] : undefined;
  if (only !== undefined) return new Map([[only, amount]]);
  const totalDays = calendarDaysBetween(first, last) + 1;
  const shares = new Map<Quarter, number>();
  for (const quarter of quarters) {
    const span = quarterSpan(quarter);
    const from = span.first > first ? span.first : first;
    const to = span.last < last ? span.last : last;
    shares.set(quarter, (amount * (calendarDaysBetween(from, to) + 1)) / totalDays);
  }
  return shares;
}

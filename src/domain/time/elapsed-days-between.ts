import { differenceInHours } from 'date-fns';
import type { Instant } from './instant';

const hoursPerDay = 24;

/**
 * Full days elapsed from `from` to `to`: periods of 24 hours, truncated toward zero (date-fns' `differenceInDays` in
 * UTC, where every day lasts 24 hours), so 9 days and 23 hours are 9 days. "Not updated for N days" counts this way,
 * for the staleness rules and the RAID "review overdue" mark alike, because an update is a moment and its age should
 * not jump at midnight.
 *
 * @example
 * elapsedDaysBetween(instant('2026-03-01T12:00:00.000Z'), instant('2026-03-11T11:59:00.000Z')); // 9
 * elapsedDaysBetween(instant('2026-03-01T12:00:00.000Z'), instant('2026-03-11T12:00:00.000Z')); // 10
 */
export function elapsedDaysBetween(from: Instant, to: Instant): number {
  // Whole hours, then whole days of them: the same count as differenceInDays with the UTC context, at a sixth of
  // the cost, which matters because every open item of every project is aged on each roll-up.
  return Math.trunc(differenceInHours(to, from) / hoursPerDay);
}

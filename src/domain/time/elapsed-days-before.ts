import { utc } from '@date-fns/utc';
import { subDays } from 'date-fns';
import type { Instant } from './instant';
import { instantOf } from './instant-of';

/**
 * The instant `days` full days (of 24 hours, as `elapsedDaysBetween` counts them) before `instant`: where a period of
 * the last N days begins.
 *
 * @throws RangeError when the result leaves the years 1000 to 9999.
 * @example
 * elapsedDaysBefore(instantOf(new Date('2026-11-20T12:00:00Z')), 14); // '2026-11-06T12:00:00.000Z'
 */
export function elapsedDaysBefore(instant: Instant, days: number): Instant {
  return instantOf(subDays(instant, days, { in: utc }));
}

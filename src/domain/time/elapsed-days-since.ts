import { elapsedDaysBetween } from './elapsed-days-between';
import type { Instant } from './instant';
import { parseInstant } from './parse-instant';

/**
 * Full days elapsed from a date-time as Jira writes it (an issue's `updated`) to `now`: the one meaning of "not
 * updated for N days" (see `elapsedDaysBetween`).
 *
 * @returns the days, or null when `written` is not a date-time with an offset.
 * @example
 * elapsedDaysSince('2026-03-01T00:00:00.000+0000', instantOf(new Date('2026-03-11T12:00:00Z'))); // 10
 * elapsedDaysSince('soon', instantOf(new Date('2026-03-11T12:00:00Z')));                         // null
 */
export function elapsedDaysSince(written: string, now: Instant): number | null {
  const then = parseInstant(written);
  return then === null ? null : elapsedDaysBetween(then, now);
}

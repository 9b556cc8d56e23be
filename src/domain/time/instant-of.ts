import type { Instant } from './instant';
import { isInstant } from './is-instant';

/**
 * The instant a clock reading stands for, in its one spelling (UTC with milliseconds).
 *
 * @throws RangeError when `date` is invalid or outside the years 1000 to 9999.
 * @example
 * instantOf(new Date('2026-03-01T10:00:00+01:00')); // '2026-03-01T09:00:00.000Z'
 */
export function instantOf(date: Date): Instant {
  const text = Number.isFinite(date.getTime()) ? date.toISOString() : '';
  if (!isInstant(text)) throw new RangeError(`Not a usable instant: ${String(date)}`);
  return text;
}

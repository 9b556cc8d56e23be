import { parseInstant } from '../time/parse-instant';
import { utcDayOf } from '../time/utc-day-of';
import type { RagOverride } from './rag-override';

/**
 * Whether an override still applies at `now`: through the whole of its last day (UTC).
 *
 * @example
 * isOverrideActive({ ...override, expiresOn: '2026-11-30' }, '2026-11-30T23:59:00.000Z'); // true
 * isOverrideActive({ ...override, expiresOn: '2026-11-30' }, '2026-12-01T00:00:00.000Z'); // false
 */
export function isOverrideActive(override: Pick<RagOverride, 'expiresOn'>, now: string): boolean {
  const instant = parseInstant(now);
  if (instant === null) throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  return utcDayOf(instant) <= override.expiresOn;
}

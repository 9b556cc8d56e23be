import { MAX_OVERRIDE_DAYS } from './override-limits';
import type { OverrideDayBounds } from './override-day-bounds';

/**
 * What is wrong with an override's last day (`yyyy-mm-dd`) given the days allowed now, in words for the person
 * choosing it; null when it will do.
 *
 * @example
 * overrideExpiryProblem('2026-11-20', { min: '2026-11-21', max: '2027-02-19' }); // '2026-11-20 has passed; choose today (2026-11-21) or later.'
 */
export function overrideExpiryProblem(day: string, bounds: OverrideDayBounds): string | null {
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day) || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) return `Give the last day as a calendar date such as ${bounds.max}.`;
  if (day < bounds.min) return `${day} has passed; choose today (${bounds.min}) or later.`;
  if (day > bounds.max) return `An override lasts at most ${String(MAX_OVERRIDE_DAYS)} days: choose ${bounds.max} or earlier.`;
  return null;
}

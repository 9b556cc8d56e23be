import type { PointsBudgetDto } from '../../../../src/contract/points-budget-dto';
import { formatUtcMinute } from '../points/format-utc-minute';

/**
 * The last time refresh stopped for points, and when it resumes (or resumed, once `nowMs` is past it).
 *
 * @example
 * describeThrottle({ at: '2026-11-20T18:40:00Z', resumesAt: '2026-11-20T19:00:00Z', reason: 'budget' }, Date.parse('2026-11-20T18:45:00Z'));
 * // => 'Refresh paused for the points budget at 18:40 UTC; resumes at 19:00 UTC.'
 */
export function describeThrottle(throttle: NonNullable<PointsBudgetDto['throttle']>, nowMs: number): string {
  const at = formatUtcMinute(throttle.at, nowMs);
  const resumes = `${Date.parse(throttle.resumesAt) > nowMs ? 'resumes' : 'resumed'} at ${formatUtcMinute(throttle.resumesAt, nowMs)}`;
  return throttle.reason === 'budget'
    ? `Refresh paused for the points budget at ${at}; ${resumes}.`
    : `Refresh paused at ${at} because Jira said the app's quota is spent; ${resumes}.`;
}

import { POINTS_WINDOW_MS, type PointsSpend, type PointsSpender } from './points-spend';

/**
 * The points spent in the hour up to `nowMs` (an hour ago excluded, now included), by every spender or by one.
 *
 * @example
 * pointsInWindow([{ atMs: 0, spender: 'refresh', points: 5, requests: 1 }], 3_599_999); // 5
 * pointsInWindow([{ atMs: 0, spender: 'refresh', points: 5, requests: 1 }], 3_600_000); // 0
 */
export function pointsInWindow(spends: readonly PointsSpend[], nowMs: number, spender?: PointsSpender): number {
  let points = 0;
  for (const spend of spends) {
    if (spend.atMs > nowMs - POINTS_WINDOW_MS && spend.atMs <= nowMs && (spender === undefined || spend.spender === spender)) points += spend.points;
  }
  return points;
}

import { pointsInWindow } from './points-in-window';
import { POINTS_WINDOW_MS, type PointsSpend, type PointsSpender } from './points-spend';

/**
 * When a spender that has used up its hourly budget may spend again: the moment enough of its spending in the last
 * hour ages out of the window to leave `needed` points. `nowMs` when it may spend already.
 *
 * @example
 * const spends = [{ atMs: 0, spender: 'refresh', points: 60, requests: 1 }, { atMs: 600_000, spender: 'refresh', points: 40, requests: 1 }];
 * budgetFreesAt(spends, 100, 1_000_000, 'refresh', 1); // 3_600_000: the first 60 leave the window then
 */
export function budgetFreesAt(spends: readonly PointsSpend[], budget: number, nowMs: number, spender: PointsSpender, needed = 1): number {
  let spent = pointsInWindow(spends, nowMs, spender);
  if (budget - spent >= needed) return nowMs;
  const inWindow = spends.filter((s) => s.spender === spender && s.atMs > nowMs - POINTS_WINDOW_MS && s.atMs <= nowMs).sort((a, b) => a.atMs - b.atMs);
  for (const spend of inWindow) {
    spent -= spend.points;
    if (budget - spent >= needed) return spend.atMs + POINTS_WINDOW_MS;
  }
  // A budget smaller than what is needed never frees: the caller must ask for less.
  return nowMs + POINTS_WINDOW_MS;
}

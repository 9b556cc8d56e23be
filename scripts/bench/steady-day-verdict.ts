import { TIER1_POOL_POINTS_PER_HOUR } from '../../src/domain/points/hourly-quota';

/** What a day's refresh should cost at most, for each issue changed and each project checked: 20 % headroom. */
export const STEADY_DAY_HEADROOM = 1.2;

/** A steady-state day's points against the target, and how many such sites one Tier 1 pool carries. */
export interface SteadyDayVerdict {
  /** 1.2 x (changes + projects). */
  readonly target: number;
  readonly met: boolean;
  /** Whole sites whose days fit in one Tier 1 pool's 24 hours; null when the day cost nothing. */
  readonly sitesPerTier1: number | null;
}

/**
 * Judges a day's points: the target is 1.2 x (issues changed, deletions included, + projects: each project's drift
 * check), and one Tier 1 pool (65,000 points an hour, every site of the app together) serves 65,000 x 24 / points
 * per day sites.
 *
 * @example
 * steadyDayVerdict({ pointsPerDay: 300, changes: 200, projects: 8 }); // { target: 249.6, met: false, sitesPerTier1: 5200 }
 */
export function steadyDayVerdict(day: { readonly pointsPerDay: number; readonly changes: number; readonly projects: number }): SteadyDayVerdict {
  const target = STEADY_DAY_HEADROOM * (day.changes + day.projects);
  const sitesPerTier1 = day.pointsPerDay <= 0 ? null : Math.floor((TIER1_POOL_POINTS_PER_HOUR * 24) / day.pointsPerDay);
  return { target, met: day.pointsPerDay <= target, sitesPerTier1 };
}

import type { PointsBudget } from './create-points-budget';

/**
 * How the fake meters the app's Jira traffic in points, as Jira Cloud does since 2 March 2026. Points are always
 * counted and logged; the hourly quota is enforced only when `tier`, `quota` or `budget` is set, and the burst limit
 * only when `burstPerSecond` is set, so that a fake without these options answers exactly as before.
 */
export interface PointsOptions {
  /**
   * Enforces an hourly quota. 1: 65,000 points for the app as a whole, shared by every site it is installed on
   * (pass one `budget` to several fakes to model that); 2: a quota of this site alone, from `plan` and `users`.
   */
  readonly tier?: 1 | 2;
  /** Tier 2: the site's Jira plan; standard unless set. */
  readonly plan?: 'standard' | 'premium' | 'enterprise';
  /** Tier 2: the site's user count; the site file's users unless set. */
  readonly users?: number;
  /** Overrides the tier's hourly quota in points (tier 1 unless `tier` is 2), e.g. to model a tight budget. */
  readonly quota?: number;
  /** A budget shared with other fakes (two sites of one app); enforces its quota. Not with tier, plan, users or quota. */
  readonly budget?: PointsBudget;
  /** Enforces the burst limit: at most this many requests a second per endpoint and method (Jira's is about 100). */
  readonly burstPerSecond?: number;
}

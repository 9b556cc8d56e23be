import { hourlyQuotaOf } from './hourly-quota';
import type { PointsBudgetSetting } from './points-budget-setting';

/**
 * The share of a Tier 1 pool one installation's background work may spend in an hour. The pool is the app's across
 * every site, and no installation can see the others' spending, so each keeps to a tenth: ten sites reading at once
 * still leave the pool to the pages people are waiting on.
 */
export const TIER1_INSTALLATION_SHARE = 0.1;

/** Of a quota the site has to itself, what background work leaves to pages (resolvers people are waiting on). */
export const INTERACTIVE_RESERVE = 0.3;

/**
 * The points an hour that refresh jobs of this installation may spend: a tenth of the Tier 1 pool, or a site's own
 * quota less the reserve kept for pages.
 *
 * @example
 * backgroundPointsPerHour({ tier: 'tier1' }); // 6500
 * backgroundPointsPerHour({ tier: 'tier2', plan: 'standard', users: 1000 }); // 77000
 */
export function backgroundPointsPerHour(setting: PointsBudgetSetting): number {
  const quota = hourlyQuotaOf(setting);
  const share = quota.sharedWithOtherSites ? TIER1_INSTALLATION_SHARE : 1 - INTERACTIVE_RESERVE;
  return Math.floor(quota.pointsPerHour * share);
}

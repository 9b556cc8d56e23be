import type { JiraPlan, PointsBudgetSetting } from './points-budget-setting';

/** Tier 1: points an hour for the app as a whole, shared by every installation. */
export const TIER1_POOL_POINTS_PER_HOUR = 65_000;

/** Tier 2: the hourly quota per site is base + per user x users, capped. */
const tier2Quota: Record<JiraPlan, { readonly base: number; readonly perUser: number }> = {
  standard: { base: 100_000, perUser: 10 },
  premium: { base: 130_000, perUser: 20 },
  enterprise: { base: 150_000, perUser: 30 },
};
export const TIER2_MAX_POINTS_PER_HOUR = 500_000;

/**
 * The hourly points quota the setting describes, and whether other sites draw on it too.
 *
 * @example
 * hourlyQuotaOf({ tier: 'tier2', plan: 'standard', users: 1000 }); // { pointsPerHour: 110000, sharedWithOtherSites: false }
 * hourlyQuotaOf({ tier: 'tier1' }); // { pointsPerHour: 65000, sharedWithOtherSites: true }
 */
export function hourlyQuotaOf(setting: PointsBudgetSetting): { readonly pointsPerHour: number; readonly sharedWithOtherSites: boolean } {
  switch (setting.tier) {
    case 'tier1':
      return { pointsPerHour: TIER1_POOL_POINTS_PER_HOUR, sharedWithOtherSites: true };
    case 'tier2': {
      const { base, perUser } = tier2Quota[setting.plan];
      return { pointsPerHour: Math.min(TIER2_MAX_POINTS_PER_HOUR, base + perUser * Math.max(0, Math.floor(setting.users))), sharedWithOtherSites: false };
    }
    case 'custom':
      return { pointsPerHour: Math.max(0, Math.floor(setting.pointsPerHour)), sharedWithOtherSites: false };
  }
}

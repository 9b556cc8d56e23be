/** A Jira plan's tier 2 quota: points an hour for the site, plus points per user. */
const PLANS = {
  standard: { base: 100_000, perUser: 10 },
  premium: { base: 130_000, perUser: 20 },
  enterprise: { base: 150_000, perUser: 30 },
} as const;

/** No site's tier 2 quota exceeds this, however many users it has. */
const TIER_TWO_MAX = 500_000;

/**
 * The hourly points quota of one site on tier 2 (a quota per site rather than one for the app as a whole): the plan's
 * base plus its points per user, at most 500,000.
 *
 * @example
 * tierTwoQuota('standard', 1000); // 110000
 * tierTwoQuota('enterprise', 20000); // 500000
 */
export function tierTwoQuota(plan: keyof typeof PLANS, users: number): number {
  const { base, perUser } = PLANS[plan];
  return Math.min(TIER_TWO_MAX, base + perUser * users);
}

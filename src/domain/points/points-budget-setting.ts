/** The rate-limit tiers Jira Cloud puts an app on, plus an hourly quota an admin states (a quota Atlassian granted). */
export const pointsTiers = ['tier1', 'tier2', 'custom'] as const;
export type PointsTier = (typeof pointsTiers)[number];

/** The Jira Cloud plans whose Tier 2 quotas differ. */
export const jiraPlans = ['standard', 'premium', 'enterprise'] as const;
export type JiraPlan = (typeof jiraPlans)[number];

/**
 * What an admin says about the installation's Jira points budget.
 * - tier1: every new app; one hourly pool for the app as a whole, shared by every site that installs it.
 * - tier2: a quota per site and hour that grows with the site's plan and users.
 * - custom: an hourly quota for this site stated outright.
 */
export type PointsBudgetSetting =
  | { readonly tier: 'tier1' }
  | { readonly tier: 'tier2'; readonly plan: JiraPlan; readonly users: number }
  | { readonly tier: 'custom'; readonly pointsPerHour: number };

/** Safe for a new app: Tier 1. */
export const defaultPointsBudgetSetting: PointsBudgetSetting = { tier: 'tier1' };

import type { PointsBudgetSetting } from '../domain/points/points-budget-setting';

/** Points spent by one spender over a period. */
export interface PointsSpentDto {
  readonly points: number;
  readonly requests: number;
}

/** The installation's Jira points budget and what it spent, for the admin page. */
export interface PointsBudgetDto {
  readonly setting: PointsBudgetSetting;
  /** The hourly quota the setting describes, and whether other sites of the app draw on it (Tier 1). */
  readonly quotaPerHour: number;
  readonly sharedWithOtherSites: boolean;
  /** What refresh jobs may spend an hour; the rest is left to pages and, on Tier 1, to other sites. */
  readonly backgroundPerHour: number;
  readonly lastHour: { readonly refresh: PointsSpentDto; readonly pages: PointsSpentDto };
  /** Since midnight UTC. */
  readonly today: { readonly refresh: PointsSpentDto; readonly pages: PointsSpentDto };
  /** When refresh jobs last stopped for points, and when they resume; null if never. */
  readonly throttle: { readonly at: string; readonly resumesAt: string; readonly reason: 'budget' | 'jira-quota' } | null;
  /** Whether the caller may change the setting or start a full reread (Jira administrators). */
  readonly canEdit: boolean;
}

/** What reading every issue again would cost, asked before an admin starts it. */
export interface FullRereadEstimateDto {
  readonly projects: number;
  readonly issues: number;
  readonly points: number;
  readonly hoursAtBudget: number | null;
}

/** Public entry point of the domain's points feature. The points budget: what reads cost and how much of Jira's hourly quota the app may spend. */
export { backgroundPointsPerHour } from './background-points-per-hour';
export { budgetFreesAt } from './budget-frees-at';
export { describeHours } from './describe-hours';
export { firstReadProgress } from './first-read-progress';
export type { FirstReadEntry, FirstReadProgress } from './first-read-progress';
export { fullReadPoints } from './full-read-points';
export { TIER1_POOL_POINTS_PER_HOUR, hourlyQuotaOf } from './hourly-quota';
export { hoursToSpend } from './hours-to-spend';
export { defaultPointsBudgetSetting, jiraPlans } from './points-budget-setting';
export type { JiraPlan, PointsBudgetSetting, PointsTier } from './points-budget-setting';
export { pointsInWindow } from './points-in-window';
export { POINTS_WINDOW_MS, pointsSpenders } from './points-spend';
export type { PointsSpend, PointsSpender } from './points-spend';

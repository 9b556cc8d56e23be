import type { FirstReadPlan, RefreshThrottle } from './first-read-plan';

/** What the pages need to say how reading Jira is going: the first-read plan, the last throttle, the budget. */
export interface ReadingStatus {
  readonly plan: FirstReadPlan | null;
  readonly throttle: RefreshThrottle | null;
  readonly backgroundPointsPerHour: number;
}

import type { ChangeDecision } from '../domain/change-control/change-decision';
import type { ChangeImpact } from '../domain/change-control/change-impact';

/** A decision on a change request recorded in the app: the decision, the impact it was taken on, and its place in the change's history. */
export interface RecordedDecision {
  /** 1 for the change's first decision, one more for each later one. */
  readonly version: number;
  readonly decision: ChangeDecision;
  /** The impact the decision was taken on: read from Jira, or entered when deciding. */
  readonly impact: ChangeImpact;
  /** The decider's display name when they decided (null if Jira did not say). */
  readonly deciderName: string | null;
  /** The approved baseline version the decision made (approvals only), or null. */
  readonly baselineVersion: number | null;
}

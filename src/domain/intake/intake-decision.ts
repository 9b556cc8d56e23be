import type { DecisionSource } from '../change-control/decision-source';
import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { Instant } from '../time/instant';
import type { IntakeStage } from './intake-stage';

/** A proposal's move to a stage, with who moved it, when and why: one entry of its audited history. */
export interface IntakeDecision {
  readonly proposalKey: IssueKey;
  /** The stage the proposal moves to. */
  readonly stage: IntakeStage;
  readonly decidedAt: Instant;
  readonly decidedBy: AccountId;
  /** Why, in the decider's words; required for deferred and rejected, null when none was given. */
  readonly reason: string | null;
  /** `workflow` when read from the proposal's Jira status by the model's mapping, `app` when recorded in the app. */
  readonly source: DecisionSource;
}

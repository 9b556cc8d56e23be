import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { Instant } from '../time/instant';
import type { ChangeOutcome } from './change-outcome';
import type { DecisionSource } from './decision-source';

/** A decision on a change request, as read from the Jira workflow or recorded in the app. */
export interface ChangeDecision {
  readonly changeKey: IssueKey;
  readonly outcome: ChangeOutcome;
  readonly decidedAt: Instant;
  readonly decidedBy: AccountId;
  /** Why, in the decider's words, or null when none was given. */
  readonly reason: string | null;
  readonly source: DecisionSource;
}

import type { AccountId } from '../domain/ids/account-id';
import type { IssueKey } from '../domain/ids/issue-key';
import type { Instant } from '../domain/time/instant';

/** A reviewer's value for one criterion of one scoring model on one proposal, entered in the app. */
export interface ReviewerScore {
  readonly proposalKey: IssueKey;
  readonly modelId: string;
  readonly criterionId: string;
  readonly value: number;
  readonly scoredBy: AccountId;
  readonly scoredAt: Instant;
}

import type { ChangeImpact } from '../../domain/change-control/change-impact';
import type { DecidedOutcome } from '../../domain/change-control/decided-outcome';
import type { IssueKey } from '../../domain/ids/issue-key';

/** A decision to record: the change, the outcome, why, the decision version the caller saw, and any impact entered now. */
export interface DecideChangeInput {
  readonly changeKey: IssueKey;
  readonly outcome: DecidedOutcome;
  /** Required for a rejection or a deferral. */
  readonly reason: string | null;
  readonly expectedVersion: number;
  /** Parts entered now replace what Jira's impact fields say. */
  readonly impact: Partial<ChangeImpact>;
}

import type { IssueKey } from '../../domain/ids/issue-key';
import type { IntakeStage } from '../../domain/intake/intake-stage';

/** A decision to record on a proposal: the stage, why, the decision version the caller saw, and any overload confirmed. */
export interface DecideProposalInput {
  readonly proposalKey: IssueKey;
  readonly stage: IntakeStage;
  /** Required to defer or reject. */
  readonly reason: string | null;
  readonly expectedVersion: number;
  readonly overloadConfirmed: boolean;
}

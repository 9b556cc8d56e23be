import type { IssueKey } from '../../domain/ids/issue-key';

/** Reviewer values to record on a proposal, for criteria of the chosen model; null takes a criterion's score away. */
export interface ScoreProposalInput {
  readonly proposalKey: IssueKey;
  readonly scores: readonly { readonly criterionId: string; readonly value: number | null }[];
}

import type { IssueKey } from '../ids/issue-key';
import type { Instant } from '../time/instant';
import type { ProposalScore } from './proposal-score';

/** What ranking needs of a proposal: its issue key (one per proposal), when it was submitted, and its score. */
export interface RankableProposal {
  readonly key: IssueKey;
  readonly submittedAt: Instant;
  readonly scored: Pick<ProposalScore, 'score' | 'reason'>;
}

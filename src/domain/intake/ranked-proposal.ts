import type { RankableProposal } from './rankable-proposal';

/** A proposal's place on the intake board. */
export interface RankedProposal<Proposal extends RankableProposal> {
  readonly proposal: Proposal;
  /** 1 for the best score; proposals with equal scores share a rank and the next rank skips (1, 2, 2, 4). Null when unscored. */
  readonly rank: number | null;
  /** True when another scored proposal has the same score, so its place among them comes from the tie rule. */
  readonly tied: boolean;
  /** Why the proposal has no score (the score's reason); null when it has one. */
  readonly unscoredBecause: string | null;
}

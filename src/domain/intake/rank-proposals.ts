import { compareIssueKeys } from '../ids/compare-issue-keys';
import type { RankableProposal } from './rankable-proposal';
import type { RankedProposal } from './ranked-proposal';

function usableScore(proposal: RankableProposal): number | null {
  const { score } = proposal.scored;
  return score !== null && Number.isFinite(score) ? score : null;
}

/** Higher score first, unscored last; then earlier submission, then issue key in natural order (PMO-9 before PMO-10). */
function compareForRanking(a: RankableProposal, b: RankableProposal): number {
  const aScore = usableScore(a);
  const bScore = usableScore(b);
  if (aScore !== bScore) {
    if (aScore === null) return 1;
    if (bScore === null) return -1;
    return bScore - aScore;
  }
  if (a.submittedAt !== b.submittedAt) return a.submittedAt < b.submittedAt ? -1 : 1;
  return compareIssueKeys(a.key, b.key);
}

/**
 * Ranks proposals for the intake board: scored proposals first, by score from highest; unscored ones last, each with
 * why it has none. Ties are broken by a fixed rule so the board reads the same whatever order the proposals arrived
 * in: the earlier submitted first (first come, first considered), then the issue key in natural order. Proposals with
 * equal scores share their rank (competition ranking: 1, 2, 2, 4) and are marked tied, so the tie is visible. Each
 * proposal is expected once (keys unique); the input is not changed.
 *
 * @returns every proposal given, once each, in board order.
 * @example
 * rankProposals([
 *   { key: 'INT-2', submittedAt: '2026-03-02T09:00:00.000Z', scored: { score: 6.5, reason: null } },
 *   { key: 'INT-1', submittedAt: '2026-03-01T09:00:00.000Z', scored: { score: null, reason: 'missing Job Size' } },
 *   { key: 'INT-3', submittedAt: '2026-03-01T09:00:00.000Z', scored: { score: 6.5, reason: null } },
 * ]).map((r) => `${r.rank ?? '-'} ${r.proposal.key}`); // ['1 INT-3', '1 INT-2', '- INT-1']
 */
export function rankProposals<Proposal extends RankableProposal>(proposals: readonly Proposal[]): RankedProposal<Proposal>[] {
  const ordered = [...proposals].sort(compareForRanking);
  const countByScore = new Map<number, number>();
  for (const proposal of ordered) {
    const score = usableScore(proposal);
    if (score !== null) countByScore.set(score, (countByScore.get(score) ?? 0) + 1);
  }
  let rank = 0;
  let previous: number | null = null;
  return ordered.map((proposal, index) => {
    const score = usableScore(proposal);
    if (score === null) {
      const unscoredBecause = proposal.scored.reason ?? (proposal.scored.score === null ? 'no score' : 'the score is not a finite number');
      return { proposal, rank: null, tied: false, unscoredBecause };
    }
    if (score !== previous) rank = index + 1;
    previous = score;
    return { proposal, rank, tied: (countByScore.get(score) ?? 0) > 1, unscoredBecause: null };
  });
}

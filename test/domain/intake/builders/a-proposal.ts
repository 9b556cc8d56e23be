import type { RankableProposal } from '../../../../src/domain/intake/rankable-proposal';
import { anIssueKey } from '../../builders/an-issue-key';
import { anInstantAt } from './an-instant-at';

/** A proposal to rank: `score` null is unscored, for the reason given (or "missing Job Size"). */
export function aProposal(key: string, score: number | null, submittedAt = '2026-03-01T09:00:00.000Z', reason = 'missing Job Size'): RankableProposal {
  return {
    key: anIssueKey(key),
    submittedAt: anInstantAt(submittedAt),
    scored: { score, reason: score === null ? reason : null },
  };
}

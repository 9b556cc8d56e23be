import type { IntakeProposalDto } from '../../../../src/contract/intake-board-dto';
import { joinNames } from './join-names';

/**
 * Why a proposal has no score, naming every missing criterion (a missing value is never taken as zero); null when it
 * has a score.
 *
 * @example
 * describeNotScored({ score: null, missing: ['Job Size'], unscoredBecause: 'missing Job Size' }); // 'not scored: Job Size missing'
 */
export function describeNotScored(proposal: Pick<IntakeProposalDto, 'score' | 'missing' | 'unscoredBecause'>): string | null {
  if (proposal.score !== null) return null;
  if (proposal.missing.length > 0) return `not scored: ${joinNames(proposal.missing)} missing`;
  return `not scored: ${proposal.unscoredBecause ?? 'no score'}`;
}

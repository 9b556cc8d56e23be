import type { ProposalScore } from './proposal-score';
import type { ReadCriteria } from './read-criteria';

/**
 * The score of a proposal that cannot be scored: missing values come first as the reason (all of them named), then
 * the first unusable value, then the scorer's own reason (a divisor of 0).
 *
 * @returns null when nothing stands in the way of a score.
 */
export function unscored(label: string, read: ReadCriteria, own: string | null = null): ProposalScore | null {
  const reason = read.missing.length > 0 ? `missing ${read.missing.join(', ')}` : (read.problem ?? own);
  if (reason === null) return null;
  return { score: null, breakdown: `${label} not scored: ${reason}`, missing: read.missing, reason, parts: read.parts };
}

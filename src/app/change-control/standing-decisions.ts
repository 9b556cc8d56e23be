import type { RecordedDecision } from '../../ports/recorded-decision';

/**
 * The decision that stands for each change request: its highest version (versions are written in turn, each naming
 * the one before it), by change key.
 *
 * @example
 * standingDecisions([cr12v1, cr12v2, cr13v1]).get('CR-12')?.version; // 2
 */
export function standingDecisions(decisions: readonly RecordedDecision[]): ReadonlyMap<string, RecordedDecision> {
  const standing = new Map<string, RecordedDecision>();
  for (const recorded of decisions) {
    const held = standing.get(recorded.decision.changeKey);
    if (held === undefined || recorded.version > held.version) standing.set(recorded.decision.changeKey, recorded);
  }
  return standing;
}

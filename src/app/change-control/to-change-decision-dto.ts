import type { ChangeDecisionDto } from '../../contract/change-control-dto';
import type { RecordedDecision } from '../../ports/recorded-decision';

/** A recorded decision as the contract carries it. */
export function toChangeDecisionDto(recorded: RecordedDecision): ChangeDecisionDto {
  const { decision } = recorded;
  return {
    changeKey: decision.changeKey,
    outcome: decision.outcome,
    decidedAt: decision.decidedAt,
    decidedBy: decision.decidedBy,
    deciderName: recorded.deciderName,
    reason: decision.reason,
    source: decision.source,
    version: recorded.version,
    impact: recorded.impact,
    baselineVersion: recorded.baselineVersion,
  };
}

import type { IntakeDecisionDto } from '../../contract/intake-board-dto';
import type { IntakeStage } from '../../domain/intake/intake-stage';
import { parseInstant } from '../../domain/time/parse-instant';
import type { IntakeProposalRecord } from './intake-proposal-record';

/**
 * Where a proposal stands and the decision that put it there. A status the model maps decides it by the workflow,
 * dated by the resolution (or its last update when unresolved), with no decider named since the board reads
 * no changelog; a mapped status that means "submitted" is no decision. Otherwise the last decision recorded in the app
 * stands, and a proposal without one is submitted.
 */
export function stageOfProposal(record: IntakeProposalRecord): { stage: IntakeStage; decision: IntakeDecisionDto | null } {
  const { workflowStage, item } = record;
  if (workflowStage !== null) {
    if (workflowStage === 'submitted') return { stage: workflowStage, decision: null };
    const decidedAt = parseInstant(item.resolved ?? item.updated) ?? record.submittedAt;
    return {
      stage: workflowStage,
      decision: { stage: workflowStage, decidedAt, decidedBy: null, deciderName: null, reason: null, source: 'workflow', overloadConfirmed: false },
    };
  }
  const last = record.decisions.at(-1);
  if (last === undefined) return { stage: 'submitted', decision: null };
  const { decision } = last;
  return {
    stage: decision.stage,
    decision: {
      stage: decision.stage,
      decidedAt: decision.decidedAt,
      decidedBy: decision.decidedBy,
      deciderName: last.deciderName,
      reason: decision.reason,
      source: decision.source,
      overloadConfirmed: last.overloadConfirmed,
    },
  };
}

import type { IntakeDecisionDto } from '../../contract/intake-board-dto';
import type { IntakeStage } from '../../domain/intake/intake-stage';
import { parseInstant } from '../../domain/time/parse-instant';
import type { RecordedIntakeDecision } from '../../ports/recorded-intake-decision';
import type { IntakeProposalRecord } from './intake-proposal-record';

function decisionDto(recorded: RecordedIntakeDecision): IntakeDecisionDto {
  const { decision } = recorded;
  return {
    stage: decision.stage,
    decidedAt: decision.decidedAt,
    decidedBy: decision.decidedBy,
    deciderName: recorded.deciderName,
    reason: decision.reason,
    source: decision.source,
    overloadConfirmed: recorded.overloadConfirmed,
  };
}

/**
 * Where a proposal stands and the decision that put it there. A status the model maps decides it by the workflow; a
 * mapped status that means "submitted" is no decision. The workflow's decision shows who moved the proposal there and
 * when once a refresh recorded it (the latest recorded decision is a workflow one for that stage); until then it is
 * dated by the resolution (or its last update when unresolved), with no decider named. Otherwise the last
 * decision recorded in the app stands, and a proposal without one is submitted.
 *
 * @example
 * stageOfProposal(movedToApprovedByPaul).decision; // { stage: 'approved', deciderName: 'Paul PM', source: 'workflow', ... }
 */
export function stageOfProposal(record: IntakeProposalRecord): { stage: IntakeStage; decision: IntakeDecisionDto | null } {
  const { workflowStage, item } = record;
  const last = record.decisions.at(-1);
  if (workflowStage !== null) {
    if (workflowStage === 'submitted') return { stage: workflowStage, decision: null };
    if (last !== undefined && last.decision.source === 'workflow' && last.decision.stage === workflowStage) {
      return { stage: workflowStage, decision: decisionDto(last) };
    }
    const decidedAt = parseInstant(item.resolved ?? item.updated) ?? record.submittedAt;
    return {
      stage: workflowStage,
      decision: { stage: workflowStage, decidedAt, decidedBy: null, deciderName: null, reason: null, source: 'workflow', overloadConfirmed: false },
    };
  }
  if (last === undefined) return { stage: 'submitted', decision: null };
  return { stage: last.decision.stage, decision: decisionDto(last) };
}

import type { DecideProposalResult } from './decide-proposal-result';
import type { IntakeDecision } from './intake-decision';
import type { IntakeRefusal } from './intake-refusal';
import type { IntakeStage } from './intake-stage';
import { intakeStageOf } from './intake-stage-of';
import type { ProposalHistory } from './proposal-history';
import { reasonRequiredStages } from './reason-required-stages';

/** A reason is read in lists and audit logs; longer than this it is a document and belongs in the issue. */
const maxReasonLength = 2_000;

/** Approved proposals become delivery work and rejected ones are closed: reopening either is a new proposal. */
const finalStages: readonly IntakeStage[] = ['approved', 'rejected'];

function refuse(refusal: IntakeRefusal, message: string): DecideProposalResult {
  return { ok: false, refusal, message };
}

/**
 * Checks a decision on a proposal against its history and, when it holds, records it. The moves allowed:
 * - submitted -> screening, approved, deferred or rejected (screening may be skipped);
 * - screening -> approved, deferred or rejected;
 * - deferred -> screening, approved or rejected: deferring means "not now", so a deferred proposal is decided again;
 * - approved and rejected are final, and nothing moves a proposal back to submitted.
 * Deferring or rejecting needs a reason (trimmed; blank counts as none); a decision may not be dated before the last.
 *
 * @returns the new stage and history, or a typed refusal with a message for the decider.
 * @example
 * const result = decideProposal({ key: 'INT-4', decisions: [] }, { proposalKey: 'INT-4', stage: 'rejected', reason: ' ', ... });
 * result.ok || result.refusal; // 'reason-required'
 */
export function decideProposal(proposal: ProposalHistory, decision: IntakeDecision): DecideProposalResult {
  const current = intakeStageOf(proposal.decisions);
  const reason = decision.reason === null || decision.reason.trim() === '' ? null : decision.reason.trim();
  const last = proposal.decisions[proposal.decisions.length - 1];
  if (decision.proposalKey !== proposal.key) return refuse('other-proposal', `The decision is for ${decision.proposalKey}, not ${proposal.key}.`);
  if (decision.stage === 'submitted') return refuse('not-a-decision', `${proposal.key} cannot be moved back to submitted; submit a new proposal instead.`);
  if (finalStages.includes(current)) return refuse('already-final', `${proposal.key} is already ${current}; that decision is final.`);
  if (decision.stage === current) return refuse('same-stage', `${proposal.key} is already ${current}.`);
  if (reason === null && reasonRequiredStages.some((stage) => stage === decision.stage))
    return refuse('reason-required', `A proposal is ${decision.stage} only with a reason.`);
  if (reason !== null && reason.length > maxReasonLength)
    return refuse('reason-too-long', `The reason is ${String(reason.length)} characters; at most ${String(maxReasonLength)} are kept.`);
  if (last !== undefined && decision.decidedAt < last.decidedAt)
    return refuse('out-of-order', `${proposal.key} was last decided at ${last.decidedAt}, after ${decision.decidedAt}.`);
  const recorded: IntakeDecision = Object.freeze({ ...decision, reason });
  return { ok: true, previous: current, stage: decision.stage, decision: recorded, history: Object.freeze([...proposal.decisions, recorded]) };
}

import type { DecideProposalPayload } from '../../../../src/contract/intake-payloads';
import { reasonRequiredStages, type IntakeStage } from '../../../../src/domain/intake';
import { intakeStageLabels } from './intake-stage-labels';

/** A decision the form may send, or the field to fix and what to say. */
export type DecisionDraftCheck =
  { readonly ok: true; readonly payload: DecideProposalPayload } | { readonly ok: false; readonly field: 'stage' | 'reason'; readonly message: string };

/**
 * Checks a decision before it is sent: a stage is chosen, and deferring or rejecting carries a reason.
 *
 * @example
 * checkDecisionDraft('IDEA-1', 'rejected', ' ', 2); // { ok: false, field: 'reason', message: 'Rejected needs a reason, ...' }
 */
export function checkDecisionDraft(proposalKey: string, stage: IntakeStage | null, reason: string, expectedVersion: number): DecisionDraftCheck {
  if (stage === null) return { ok: false, field: 'stage', message: 'Choose screening, approved, deferred or rejected.' };
  const written = reason.trim();
  if (written === '' && reasonRequiredStages.some((required) => required === stage)) {
    return { ok: false, field: 'reason', message: `${intakeStageLabels[stage]} needs a reason, so whoever raised ${proposalKey} learns why.` };
  }
  return { ok: true, payload: { proposalKey, stage, expectedVersion, ...(written === '' ? {} : { reason: written }) } };
}

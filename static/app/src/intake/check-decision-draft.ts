import type { DecideProposalPayload } from '../../../../src/contract/intake-payloads';
import { reasonRequiredStages, type IntakeStage } from '../../../../src/domain/intake';
import { intakeStageLabels } from './intake-stage-labels';

/** A decision the form may send, or the field to fix and what to say. */
export type DecisionDraftCheck =
  | { readonly ok: true; readonly payload: DecideProposalPayload }
  | { readonly ok: false; readonly field: 'stage' | 'reason' | 'overload'; readonly message: string };

/** Whether approving overloads a quarter (the board's approval check says `over`), and whether the decider confirmed it. */
export interface OverloadDraft {
  readonly overloads: boolean;
  readonly confirmed: boolean;
}

const noOverload: OverloadDraft = { overloads: false, confirmed: false };

/**
 * Checks a decision before it is sent: a stage is chosen, deferring or rejecting carries a reason, and approving a
 * proposal that overloads a quarter is confirmed (the confirmation is sent only then).
 *
 * @example
 * checkDecisionDraft('IDEA-1', 'rejected', ' ', 2); // { ok: false, field: 'reason', message: 'Rejected needs a reason, ...' }
 * checkDecisionDraft('IDEA-1', 'approved', '', 2, { overloads: true, confirmed: false }); // { ok: false, field: 'overload', ... }
 */
export function checkDecisionDraft(
  proposalKey: string,
  stage: IntakeStage | null,
  reason: string,
  expectedVersion: number,
  overload: OverloadDraft = noOverload,
): DecisionDraftCheck {
  if (stage === null) return { ok: false, field: 'stage', message: 'Choose screening, approved, deferred or rejected.' };
  const written = reason.trim();
  if (written === '' && reasonRequiredStages.some((required) => required === stage)) {
    return { ok: false, field: 'reason', message: `${intakeStageLabels[stage]} needs a reason, so whoever raised ${proposalKey} learns why.` };
  }
  const overloading = stage === 'approved' && overload.overloads;
  if (overloading && !overload.confirmed) {
    return {
      ok: false,
      field: 'overload',
      message: `Approving ${proposalKey} overloads its program: tick the confirmation to approve it anyway, or choose another stage.`,
    };
  }
  return {
    ok: true,
    payload: { proposalKey, stage, expectedVersion, ...(written === '' ? {} : { reason: written }), ...(overloading ? { overloadConfirmed: true } : {}) },
  };
}

import type { IntakeProposalDto } from '../../../../src/contract/intake-board-dto';
import { describeDecision } from './describe-decision';
import { describeDelivery } from './describe-delivery';
import { describeNotScored } from './describe-not-scored';
import { intakeStageLabels } from './intake-stage-labels';
import type { IntakeRow } from './intake-row';
import { noProgramLabel } from './no-program-label';

function rankOf(proposal: IntakeProposalDto): string {
  if (proposal.rank === null) return 'Unranked';
  return proposal.tied ? `${proposal.rank} (tied)` : String(proposal.rank);
}

/**
 * The intake board's rows in the board's order (the server ranks; ties keep its rule), with ranks, scores, missing
 * inputs and decisions in words. `nowMs` only decides whether a decision's date is written beside its time.
 *
 * @example
 * buildIntakeRows(board.proposals, Date.now())[0]?.rank; // '1' or '1 (tied)'
 */
export function buildIntakeRows(proposals: readonly IntakeProposalDto[], nowMs: number): readonly IntakeRow[] {
  return proposals.map((proposal) => ({
    key: proposal.key,
    rank: rankOf(proposal),
    rankNumber: proposal.rank,
    tied: proposal.tied,
    summary: proposal.summary,
    project: proposal.projectName,
    projectKey: proposal.projectKey,
    program: proposal.program ?? noProgramLabel,
    theme: proposal.theme ?? 'No theme',
    stage: proposal.stage,
    stageLabel: intakeStageLabels[proposal.stage],
    score: proposal.score,
    breakdown: proposal.breakdown,
    notScored: describeNotScored(proposal),
    missing: proposal.missing,
    decided: describeDecision(proposal.decision, nowMs),
    reason: proposal.decision?.reason ?? null,
    canDecide: proposal.canDecide,
    delivery: describeDelivery(proposal.delivery),
  }));
}

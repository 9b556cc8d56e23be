import type { IntakeBoardDto } from '../../contract/intake-board-dto';
import type { IntakeBoardQuery } from '../../contract/intake-board-query';
import { projectKeyOf } from '../../domain/ids/project-key-of';
import { decideProposal as checkDecision } from '../../domain/intake/decide-proposal';
import type { IntakeStage } from '../../domain/intake/intake-stage';
import { instantOf } from '../../domain/time/instant-of';
import type { RecordedIntakeDecision } from '../../ports/recorded-intake-decision';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { checkApproval } from './check-approval';
import type { DecideProposalInput } from './decide-proposal-input';
import { findProposal } from './find-proposal';
import type { IntakeWriteDeps } from './intake-write-deps';
import { loadApprovalCapacity } from './load-approval-capacity';
import { loadIntakeBoard } from './load-intake-board';
import { overloadRefusal } from './overload-refusal';
import { requireReviewer } from './require-reviewer';

const summaries: Readonly<Record<IntakeStage, (key: string) => string>> = {
  submitted: (key) => `Moved ${key} back to submitted`,
  screening: (key) => `Moved ${key} to screening`,
  approved: (key) => `Approved ${key}`,
  deferred: (key) => `Deferred ${key}`,
  rejected: (key) => `Rejected ${key}`,
};

/**
 * Records a decision on a proposal in the app (a Jira administrator or an administrator of its project only) by the
 * domain's rules: Submitted -> Screening -> Approved / Deferred / Rejected, a reason required to defer or reject,
 * approved and rejected final. A proposal whose Jira status the model maps is decided by the workflow, not here. Of
 * two decisions on one proposal at once, or a decision over a version the caller did not see, the later gets
 * CONFLICT and nothing is written. An approval that would take a quarter of the proposal's program over capacity
 * (see `checkApproval`) is refused with BAD_REQUEST naming the quarters unless `overloadConfirmed`; the confirmation
 * is recorded only when there was an overload. Audited.
 */
export async function decideProposal(deps: IntakeWriteDeps, input: DecideProposalInput, board: IntakeBoardQuery = {}): Promise<IntakeBoardDto> {
  const { record } = await findProposal(deps, input.proposalKey);
  const projectKey = projectKeyOf(input.proposalKey);
  const actor = await requireReviewer(deps, projectKey);
  if (record.workflowStage !== null) {
    throw new GovernanceError(
      'BAD_REQUEST',
      `${input.proposalKey} is decided in the Jira workflow: its status "${record.item.statusName}" puts it in ${record.workflowStage}. Move it in Jira instead.`,
    );
  }
  const standing = record.decisions.at(-1) ?? null;
  if ((standing?.version ?? 0) !== input.expectedVersion) {
    throw new GovernanceError(
      'CONFLICT',
      `${input.proposalKey} was decided meanwhile (${standing?.decision.stage ?? 'its decision is gone'}). Reload to see the decision before deciding again.`,
    );
  }
  const checked = checkDecision(
    { key: input.proposalKey, decisions: record.decisions.map((recorded) => recorded.decision) },
    { proposalKey: input.proposalKey, stage: input.stage, decidedAt: instantOf(deps.admin.now()), decidedBy: actor, reason: input.reason, source: 'app' },
  );
  if (!checked.ok) throw new GovernanceError('BAD_REQUEST', checked.message);
  // Checked here, not trusted from the board: capacity or other approvals may have changed since it was loaded.
  const capacity = input.stage === 'approved' ? checkApproval(record, await loadApprovalCapacity(deps)) : null;
  if (capacity?.kind === 'over' && !input.overloadConfirmed) throw new GovernanceError('BAD_REQUEST', overloadRefusal(input.proposalKey, capacity));
  const recorded: RecordedIntakeDecision = {
    version: input.expectedVersion + 1,
    decision: checked.decision,
    deciderName: await deps.admin.actorName(),
    // A confirmation with nothing over is not an overload confirmed.
    overloadConfirmed: input.overloadConfirmed && capacity?.kind === 'over',
  };
  if ((await deps.decisions.addDecision(projectKey, recorded)) === 'conflict') {
    throw new GovernanceError('CONFLICT', `${input.proposalKey} was decided by someone else a moment ago. Reload to see the decision before deciding again.`);
  }
  const overload = recorded.overloadConfirmed ? ', confirmed over an overloaded quarter' : '';
  await recordAudit(deps.admin, 'intake.decide', input.proposalKey, `${summaries[input.stage](input.proposalKey)}${overload}`, standing, recorded);
  return loadIntakeBoard(deps, board);
}

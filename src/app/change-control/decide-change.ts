import type { ChangeControlDto } from '../../contract/change-control-dto';
import { applyApprovedChange } from '../../domain/change-control/apply-approved-change';
import type { ApprovedBaseline } from '../../domain/change-control/approved-baseline';
import type { ChangeDecision } from '../../domain/change-control/change-decision';
import type { ChangeImpact } from '../../domain/change-control/change-impact';
import { projectKeyOf } from '../../domain/ids/project-key-of';
import { instantOf } from '../../domain/time/instant-of';
import type { RecordedDecision } from '../../ports/recorded-decision';
import { GovernanceError } from '../templates/governance-error';
import type { ChangeControlWriteDeps } from './change-control-write-deps';
import type { DecideChangeInput } from './decide-change-input';
import { loadChangeControl } from './load-change-control';
import { readProjectState } from './read-project-state';
import { requireChangeAuthority } from './require-change-authority';
import { standingDecisions } from './standing-decisions';
import { writeDecision } from './write-decision';

/**
 * Records a decision on a change request in the app (a Jira administrator or an administrator of its project only):
 * approved, rejected or deferred, a reason required unless approved. An approval applies the change to the current
 * approved baseline, making its next version. Of two decisions on one change at once, or a decision over a version
 * the caller did not see, the later gets CONFLICT; a decision whose baseline version another approval took first is
 * taken back, so either both are written or neither. Audited. A project the caller may not browse, or a change they
 * may not see, is NOT_FOUND.
 */
export async function decideChange(deps: ChangeControlWriteDeps, input: DecideChangeInput): Promise<ChangeControlDto> {
  const reason = input.reason?.trim() ?? '';
  if (input.outcome !== 'approved' && reason === '')
    throw new GovernanceError('BAD_REQUEST', `A ${input.outcome} change needs a reason, so the decision log says why.`);
  const projectKey = projectKeyOf(input.changeKey);
  const project = await deps.jira.findProject(projectKey);
  if (project === null) throw new GovernanceError('NOT_FOUND', `There is no project ${projectKey} that you may browse.`);
  const actor = await requireChangeAuthority(deps, project.key);
  const state = await readProjectState(deps, project.key);
  const change = state.read.changes.find((candidate) => candidate.key === input.changeKey);
  if (change === undefined) throw new GovernanceError('NOT_FOUND', `There is no change request ${input.changeKey} that you may see.`);
  const standing = standingDecisions(state.decisions).get(change.key) ?? null;
  if ((standing?.version ?? 0) !== input.expectedVersion) {
    throw new GovernanceError(
      'CONFLICT',
      `${change.key} was decided meanwhile (${standing?.decision.outcome ?? 'its decision was withdrawn'}). Reload to see the decision before deciding again.`,
    );
  }

  const impact: ChangeImpact = {
    days: input.impact.days ?? change.impact.days,
    cost: input.impact.cost ?? change.impact.cost,
    scope: input.impact.scope ?? change.impact.scope,
  };
  const decision: ChangeDecision = {
    changeKey: change.key,
    outcome: input.outcome,
    decidedAt: instantOf(deps.now()),
    decidedBy: actor,
    reason: reason === '' ? null : reason,
    source: 'app',
  };
  let next: ApprovedBaseline | null = null;
  if (input.outcome === 'approved') {
    const current = state.versions.at(-1);
    if (current === undefined)
      throw new GovernanceError('BAD_REQUEST', `${project.key} has no approved baseline yet: approve one before approving changes to it.`);
    const applied = applyApprovedChange(current, { ...change, impact }, decision);
    if (!applied.ok) throw new GovernanceError('BAD_REQUEST', applied.message);
    next = applied.baseline;
  }

  const recorded: RecordedDecision = {
    version: input.expectedVersion + 1,
    decision,
    impact,
    deciderName: await deps.admin.actorName(),
    baselineVersion: next?.version ?? null,
  };
  const written = await writeDecision({ ...deps, audit: deps.admin }, { projectKey: project.key, standing, recorded, next });
  if (written === 'decision-conflict') {
    throw new GovernanceError('CONFLICT', `${change.key} was decided by someone else a moment ago. Reload to see the decision before deciding again.`);
  }
  if (written === 'baseline-conflict') {
    throw new GovernanceError(
      'CONFLICT',
      `Another change to ${project.key}'s approved baseline was approved a moment ago. Reload and decide ${change.key} against the new version.`,
    );
  }
  return loadChangeControl(deps, project.key);
}

import type { ChangeControlDto } from '../../contract/change-control-dto';
import type { ApprovedBaseline } from '../../domain/change-control/approved-baseline';
import { takeApprovedBaseline } from '../../domain/change-control/take-approved-baseline';
import type { ProjectKey } from '../../domain/ids/project-key';
import { instantOf } from '../../domain/time/instant-of';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import type { ChangeControlWriteDeps } from './change-control-write-deps';
import { loadChangeControl } from './load-change-control';
import { readProjectState } from './read-project-state';
import { requireChangeAuthority } from './require-change-authority';

/**
 * Approves a project's plan as it stands in Jira now (the due dates of its milestones, gates and epics, its budget at
 * completion and its scope) as the next version of its approved baseline: version 1 the first time, a re-baseline
 * after. Only a Jira administrator or an administrator of the project may; a project the caller may not browse is
 * NOT_FOUND. The version is written once: of two approvals at once (or one over a version the caller did not see,
 * when `expectedVersion` is given) the later gets CONFLICT and nothing is written. Audited.
 */
export async function approveBaseline(deps: ChangeControlWriteDeps, projectKey: ProjectKey, expectedVersion?: number): Promise<ChangeControlDto> {
  const project = await deps.jira.findProject(projectKey);
  if (project === null) throw new GovernanceError('NOT_FOUND', `There is no project ${projectKey} that you may browse.`);
  const actor = await requireChangeAuthority(deps, project.key);
  const state = await readProjectState(deps, project.key);
  const latest = state.versions.at(-1) ?? null;
  if (expectedVersion !== undefined && expectedVersion !== (latest?.version ?? 0)) {
    throw new GovernanceError(
      'CONFLICT',
      `${project.key}'s approved baseline is at version ${String(latest?.version ?? 0)}, not ${String(expectedVersion)}: someone approved it meanwhile. Reload and check before approving.`,
    );
  }
  const taken = takeApprovedBaseline({
    projectKey: project.key,
    items: state.read.issues.map((issue) => issue.item),
    budgetAtCompletion: state.plan.budgetAtCompletion,
    scope: state.plan.scope,
    approvedAt: instantOf(deps.now()),
    approvedBy: actor,
  });
  const next: ApprovedBaseline = latest === null ? taken : Object.freeze({ ...taken, version: latest.version + 1 });
  if ((await deps.baselines.addVersion(next)) === 'conflict') {
    throw new GovernanceError(
      'CONFLICT',
      `Version ${String(next.version)} of ${project.key}'s approved baseline was approved by someone else a moment ago. Reload to see it.`,
    );
  }
  await recordAudit(
    deps.admin,
    'change-control.baseline',
    project.key,
    `Approved version ${String(next.version)} of ${project.key}'s baseline (${String(next.items.length)} dated items)`,
    latest,
    next,
  );
  return loadChangeControl(deps, project.key);
}

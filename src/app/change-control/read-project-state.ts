import { isChangeRequest } from '../../domain/change-control/is-change-request';
import type { ProjectKey } from '../../domain/ids/project-key';
import { loadFieldMapping } from '../load-field-mapping';
import { GovernanceError } from '../templates/governance-error';
import type { ChangeControlDeps } from './change-control-deps';
import { currentPlanOf } from '../../domain/change-control/current-plan-of';
import type { ProjectState } from './project-state';

/**
 * Reads a project's change control inputs as the viewer: the project first, so a project they may not browse (or
 * one that does not exist) is refused with NOT_FOUND in words that do not tell the two apart, before anything else is
 * read; then its issues and the change requests its template's change policy recognises, its approved versions and the decisions recorded on what they may see.
 */
export async function readProjectState(deps: ChangeControlDeps, projectKey: ProjectKey): Promise<ProjectState> {
  const project = await deps.jira.findProject(projectKey);
  if (project === null) throw new GovernanceError('NOT_FOUND', `There is no project ${projectKey} that you may browse.`);
  const [mapping, template] = await Promise.all([loadFieldMapping(deps.fieldMappings, deps.jira), deps.templateFor(project.key)]);
  const [read, versions, decisions] = await Promise.all([
    deps.jira.readProject(project.key, mapping, isChangeRequest(template.changePolicy)),
    deps.baselines.listVersions(project.key),
    deps.decisions.listDecisions(project.key),
  ]);
  const changeKeys = new Set<string>(read.changes.map((change) => change.key));
  return {
    project,
    read,
    policy: template.changePolicy,
    plan: currentPlanOf(
      read.issues.map((issue) => issue.item),
      changeKeys,
      template.raidPolicy.mapping,
    ),
    versions: [...versions].sort((a, b) => a.version - b.version),
    // A decision on a change the viewer cannot see (hidden by issue security, or gone) leaves no trace.
    decisions: decisions.filter((recorded) => changeKeys.has(recorded.decision.changeKey)),
  };
}

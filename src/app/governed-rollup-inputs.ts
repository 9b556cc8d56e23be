import { defaultChangePolicy } from '../domain/change-control/default-change-policy';
import { evaluateProject } from '../domain/compliance/evaluate-project';
import type { ProjectKey } from '../domain/ids/project-key';
import type { ProjectRollupInput } from '../domain/rollup/project-rollup-input';
import type { Template } from '../domain/template/template';
import type { Instant } from '../domain/time/instant';
import type { ProjectIssue } from '../ports/project-issue';
import type { GovernedInputDeps } from './governed-input-deps';
import { findJqlMatches } from './templates/find-jql-matches';

/**
 * The parts of a project's roll-up input its governance decides: the template's compliance evaluation (JQL rules
 * through Jira, the change control rules over the records), its RAG and RAID policies, and change control against
 * the approved baseline under the template's change policy (the default one without a template). Change control
 * comes from storage; first the decisions the workflow took on the issues this refresh read (`changed`) are recorded,
 * the changelog of a change request read only when its mapped status and the recorded decision disagree, so the cost
 * follows what changed and a re-computation from storage (nothing changed) reads no Jira. The intake workflow's
 * decisions on the proposals among `changed` are recorded the same way.
 */
export async function governedRollupInputs(
  deps: GovernedInputDeps,
  projectKey: ProjectKey,
  template: Template | null,
  items: readonly ProjectIssue[],
  asOf: Instant,
  changed: readonly ProjectIssue[],
): Promise<Omit<ProjectRollupInput, 'project' | 'items'>> {
  const policy = template?.changePolicy ?? defaultChangePolicy;
  if (deps.recordProposalDecisions !== undefined) await deps.recordProposalDecisions(projectKey, changed);
  const records =
    deps.recordWorkflowDecisions !== undefined
      ? await deps.recordWorkflowDecisions(projectKey, changed, policy)
      : deps.changeControlFor === undefined
        ? null
        : await deps.changeControlFor(projectKey);
  const changeControl = records === null ? {} : { changeControl: { ...records, policy } };
  if (template === null) return changeControl;
  const workItems = items.map((issue) => issue.item);
  return {
    compliance: evaluateProject(template, workItems, asOf, await findJqlMatches(deps.jqlMatchIds, projectKey, template, items), records),
    policy: template.ragPolicy,
    raidMapping: template.raidPolicy.mapping,
    riskBands: template.raidPolicy.riskBands,
    ...changeControl,
  };
}

import { projectKeyOf } from '../../domain/ids/project-key-of';
import type { DeliveryTarget } from '../../ports/delivery-target';
import { GovernanceError } from '../templates/governance-error';
import type { DeliveryTargetInput } from './delivery-target-input';
import type { IntakeDeps } from './intake-deps';
import type { IntakeView } from './intake-view';

/**
 * Checks what a caller names as delivering a proposal, from storage and their browsable projects (asked as them): a
 * project they may browse with a stored roll-up, not an intake project, or a stored Epic in such a project. A project
 * they may not browse is refused in the same words as one that does not exist, so the answer says nothing of it.
 *
 * @example
 * await resolveDeliveryTarget(deps, view, { kind: 'epic', issueKey: parseIssueKey('WEB-3')! });
 * // { kind: 'epic', projectKey: 'WEB', issueKey: 'WEB-3', summary: 'Secure messaging' }, or BAD_REQUEST
 */
export async function resolveDeliveryTarget(deps: IntakeDeps, view: Pick<IntakeView, 'settings'>, input: DeliveryTargetInput): Promise<DeliveryTarget> {
  const projectKey = input.kind === 'project' ? input.projectKey : projectKeyOf(input.issueKey);
  const browsable = await deps.viewer.browsableProjects();
  const stored = browsable.some((project) => project.key === projectKey) ? await deps.rollups.loadRollup(projectKey) : null;
  if (stored === null) {
    throw new GovernanceError('BAD_REQUEST', `There is no refreshed project ${projectKey} that you may browse: link a project of your portfolio.`);
  }
  if (view.settings.projectKeys.includes(projectKey)) {
    throw new GovernanceError(
      'BAD_REQUEST',
      `${projectKey} is an intake project: a proposal is delivered by a project of the portfolio, not by another proposal's project.`,
    );
  }
  if (input.kind === 'project') return { kind: 'project', projectKey };
  const item = (await deps.workItems.loadProjectIssues(projectKey))?.find((issue) => issue.item.key === input.issueKey)?.item;
  if (item === undefined) {
    throw new GovernanceError('BAD_REQUEST', `There is no issue ${input.issueKey} in ${projectKey} as of its last refresh: name an epic of the project.`);
  }
  if (item.issueType.toLowerCase() !== 'epic') {
    throw new GovernanceError('BAD_REQUEST', `${input.issueKey} is a ${item.issueType}, not an epic: link its epic, or the project as a whole.`);
  }
  return { kind: 'epic', projectKey, issueKey: input.issueKey, summary: item.summary };
}

import type { AccountId } from '../../domain/ids/account-id';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import type { ProjectKey } from '../../domain/ids/project-key';
import { GovernanceError } from '../templates/governance-error';
import type { IntakeWriteDeps } from './intake-write-deps';

/**
 * Refuses scoring or deciding a proposal unless Jira grants the caller ADMINISTER, or ADMINISTER_PROJECTS on the
 * proposal's project (asked as them); answers the caller's account id.
 */
export async function requireReviewer(deps: IntakeWriteDeps, projectKey: ProjectKey): Promise<AccountId> {
  const actor = parseAccountId(deps.admin.actor);
  if (actor === null || !(await deps.jira.mayAdministerProject(projectKey))) {
    throw new GovernanceError('FORBIDDEN', `Only a Jira administrator or an administrator of project ${projectKey} may score or decide its proposals.`);
  }
  return actor;
}

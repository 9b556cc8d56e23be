import type { AccountId } from '../../domain/ids/account-id';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import type { ProjectKey } from '../../domain/ids/project-key';
import { GovernanceError } from '../templates/governance-error';
import type { ChangeControlWriteDeps } from './change-control-write-deps';

/**
 * Refuses a change control write unless Jira grants the caller ADMINISTER, or ADMINISTER_PROJECTS on the project
 * (asked as them); answers the caller's account id.
 */
export async function requireChangeAuthority(deps: ChangeControlWriteDeps, projectKey: ProjectKey): Promise<AccountId> {
  const actor = parseAccountId(deps.admin.actor);
  if (actor === null || !(await deps.jira.mayAdministerProject(projectKey))) {
    throw new GovernanceError(
      'FORBIDDEN',
      `Only a Jira administrator or an administrator of project ${projectKey} may approve its baseline or decide its changes.`,
    );
  }
  return actor;
}

import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';

/** Refuses the request unless Jira says the caller is an administrator; every write calls this before anything else. */
export async function requireAdmin(deps: TemplateAdminDeps): Promise<void> {
  if (!(await deps.isAdmin())) throw new GovernanceError('FORBIDDEN', 'Only Jira administrators may change governance settings.');
}

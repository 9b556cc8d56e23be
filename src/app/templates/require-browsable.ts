import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';

/** Refuses a project the caller may not browse, in the same words as one that does not exist. */
export async function requireBrowsable(deps: TemplateAdminDeps, projectKey: string): Promise<void> {
  const browsable = await deps.browsableProjects();
  if (!browsable.some((project) => project.key === projectKey))
    throw new GovernanceError('FORBIDDEN', `You may not browse project ${projectKey}, or it does not exist.`);
}

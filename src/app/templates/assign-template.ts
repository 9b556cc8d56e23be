import type { AssignTemplatePayload } from '../../contract/template-payloads';
import type { ProjectAssignment } from '../../ports/project-assignment';
import type { TemplateAdminDeps } from './template-admin-deps';
import { findTemplate } from './find-template';
import { GovernanceError } from './governance-error';
import { recordAudit } from './record-audit';
import { requireAdmin } from './require-admin';

/**
 * Assigns a template (null: the default) and optionally a program (null: the Jira category) to a project. The new
 * template counts from the project's next refresh. Admins only.
 */
export async function assignTemplate(deps: TemplateAdminDeps, payload: AssignTemplatePayload): Promise<ProjectAssignment> {
  await requireAdmin(deps);
  if (!/^[A-Z][A-Z0-9_]{0,254}$/.test(payload.projectKey)) throw new GovernanceError('BAD_REQUEST', `"${payload.projectKey}" is not a Jira project key.`);
  if (payload.templateId !== null && (await findTemplate(deps.templates, payload.templateId)) === null) {
    throw new GovernanceError('NOT_FOUND', `There is no template "${payload.templateId}".`);
  }
  const before = await deps.templates.loadAssignment(payload.projectKey);
  const program = payload.program === undefined ? (before?.program ?? null) : payload.program === null ? null : payload.program.trim() || null;
  const after: ProjectAssignment = { projectKey: payload.projectKey, templateId: payload.templateId, program };
  await deps.templates.saveAssignment(after);
  const summary = `Project ${payload.projectKey} follows ${payload.templateId === null ? 'the default template' : `template "${payload.templateId}"`}${program === null ? '' : ` in program "${program}"`}`;
  await recordAudit(deps, 'assignment.update', payload.projectKey, summary, before, after);
  return after;
}

import type { DeleteTemplatePayload } from '../../contract/template-payloads';
import type { TemplateAdminDeps } from './template-admin-deps';
import { GovernanceError } from './governance-error';
import { isBuiltInId } from './is-built-in-id';
import { recordAudit } from './record-audit';
import { requireAdmin } from './require-admin';

/**
 * Deletes a template the caller has seen at `expectedVersion`; projects assigned to it fall back to the default
 * template. Admins only.
 */
export async function deleteTemplate(deps: TemplateAdminDeps, payload: DeleteTemplatePayload): Promise<{ id: string }> {
  await requireAdmin(deps);
  if (isBuiltInId(payload.id)) throw new GovernanceError('BAD_REQUEST', `"${payload.id}" is a built-in template and cannot be deleted.`);
  const current = await deps.templates.loadTemplate(payload.id);
  if (current === null) throw new GovernanceError('NOT_FOUND', `There is no template "${payload.id}".`);
  if (current.template.version !== payload.expectedVersion) {
    throw new GovernanceError(
      'CONFLICT',
      `Template "${payload.id}" changed since you opened version ${String(payload.expectedVersion)} (it is at version ${String(current.template.version)}). Reload before deleting.`,
    );
  }
  if ((await deps.templates.deleteTemplate(payload.id, current.template.version)) === 'conflict') {
    throw new GovernanceError('CONFLICT', `Template "${payload.id}" was saved by someone else a moment ago. Reload before deleting.`);
  }
  await recordAudit(deps, 'template.delete', payload.id, `Deleted template "${current.template.name}"`, current.template, null);
  return { id: payload.id };
}

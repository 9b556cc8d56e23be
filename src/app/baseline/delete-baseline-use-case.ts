import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';

/**
 * Deletes a baseline (admins only) and frees its name. Reports set to look back to it then say it is gone; frozen
 * reports built on it keep what they showed. The change is audited with what was removed.
 */
export async function deleteBaselineUseCase(deps: TemplateAdminDeps, payload: { readonly id: string }): Promise<{ id: string }> {
  await requireAdmin(deps);
  const removed = await deps.baselines.remove(payload.id);
  if (removed === null) throw new GovernanceError('NOT_FOUND', 'There is no such baseline; it may have been deleted already.');
  await recordAudit(deps, 'baseline.delete', removed.id, `Deleted the baseline “${removed.name}”`, removed, null);
  return { id: removed.id };
}

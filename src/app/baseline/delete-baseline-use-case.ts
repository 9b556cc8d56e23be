import type { GovernanceDeps } from '../governance/governance-deps';
import { GovernanceError } from '../governance/governance-error';
import { recordAudit } from '../governance/record-audit';
import { requireAdmin } from '../governance/require-admin';

/**
 * Deletes a baseline (admins only) and frees its name. Reports set to look back to it then say it is gone; frozen
 * reports built on it keep what they showed. The change is audited with what was removed.
 */
export async function deleteBaselineUseCase(deps: GovernanceDeps, payload: { readonly id: string }): Promise<{ id: string }> {
  await requireAdmin(deps);
  const removed = await deps.baselines.remove(payload.id);
  if (removed === null) throw new GovernanceError('NOT_FOUND', 'There is no such baseline; it may have been deleted already.');
  await recordAudit(deps, 'baseline.delete', removed.id, `Deleted the baseline “${removed.name}”`, removed, null);
  return { id: removed.id };
}

import type { ClearRagOverridePayload, RagOverridesDto } from '../../contract/rag-override-dto';
import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import { requireBrowsable } from '../templates/require-browsable';
import { loadRagOverrides } from './load-rag-overrides';

/** Ends a manual colour before its expiry (Jira administrators only); the computed colour shows again. Audited. */
export async function clearRagOverride(deps: TemplateAdminDeps, payload: ClearRagOverridePayload): Promise<RagOverridesDto> {
  await requireAdmin(deps);
  await requireBrowsable(deps, payload.projectKey);
  const removed = await deps.ragOverrides.remove(payload.projectKey, payload.target);
  if (removed === null) throw new GovernanceError('NOT_FOUND', `Project ${payload.projectKey} has no ${payload.target} colour set by hand.`);
  await recordAudit(deps, 'rag-override.clear', payload.projectKey, `Cleared the ${payload.target} colour set by hand on ${payload.projectKey}`, removed, null);
  return loadRagOverrides(deps, payload.projectKey);
}

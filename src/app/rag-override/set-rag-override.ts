import type { RagOverridesDto, SetRagOverridePayload } from '../../contract/rag-override-dto';
import { checkRagOverride } from '../../domain/rag-override/check-rag-override';
import type { RagOverride } from '../../domain/rag-override/rag-override';
import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import { requireBrowsable } from '../templates/require-browsable';
import { loadRagOverrides } from './load-rag-overrides';

/**
 * Sets one of a project's colours by hand (Jira administrators only, on a project they may browse that has a
 * roll-up): with a reason of 10 to 500 characters and a last day at most 90 days ahead. Replaces any override of the
 * same colour; the change is audited with what it replaced.
 */
export async function setRagOverride(deps: TemplateAdminDeps, payload: SetRagOverridePayload): Promise<RagOverridesDto> {
  await requireAdmin(deps);
  await requireBrowsable(deps, payload.projectKey);
  if ((await deps.rollups.loadRollup(payload.projectKey)) === null)
    throw new GovernanceError('NOT_FOUND', `Project ${payload.projectKey} has no roll-up yet: refresh it before setting a colour by hand.`);
  const setAt = deps.now().toISOString();
  let override: RagOverride;
  try {
    override = checkRagOverride({ ...payload, setBy: { accountId: deps.actor, displayName: (await deps.actorName()) ?? deps.actor }, setAt }, setAt);
  } catch (error) {
    if (error instanceof RangeError) throw new GovernanceError('BAD_REQUEST', error.message);
    throw error;
  }
  const replaced = await deps.ragOverrides.put(override);
  await recordAudit(
    deps,
    'rag-override.set',
    payload.projectKey,
    `Set ${payload.projectKey} ${payload.target} to ${payload.rag} until ${override.expiresOn}`,
    replaced,
    override,
  );
  return loadRagOverrides(deps, payload.projectKey);
}

import type { RagOverridesDto } from '../../contract/rag-override-dto';
import { isOverrideActive } from '../../domain/rag-override/is-override-active';
import type { RagOverrideTarget } from '../../domain/rag-override/rag-override';
import type { TemplateAdminDeps } from '../templates/template-admin-deps';
import { requireBrowsable } from '../templates/require-browsable';

const noRollup = { rag: 'grey', reason: 'The project has not been refreshed yet' } as const;

/**
 * A browsable project's colours as computed, with the overrides in force and whether the caller may change them
 * (Jira administrators). Reads storage only, besides asking Jira who the caller is.
 */
export async function loadRagOverrides(deps: TemplateAdminDeps, projectKey: string): Promise<RagOverridesDto> {
  await requireBrowsable(deps, projectKey);
  const [stored, overrides, canEdit] = await Promise.all([deps.rollups.loadRollup(projectKey), deps.ragOverrides.list(projectKey), deps.isAdmin()]);
  const rollup = stored?.rollup ?? null;
  const computedOf = (target: RagOverrideTarget) => {
    if (rollup === null) return noRollup;
    const decision = target === 'overall' ? rollup.overall : rollup.rag[target];
    return { rag: decision.rag, reason: decision.reason };
  };
  const now = deps.now().toISOString();
  return {
    projectKey,
    computed: {
      overall: computedOf('overall'),
      schedule: computedOf('schedule'),
      scope: computedOf('scope'),
      cost: computedOf('cost'),
      risk: computedOf('risk'),
      compliance: computedOf('compliance'),
    },
    overrides: overrides.filter((override) => isOverrideActive(override, now)),
    canEdit,
    asOf: rollup?.asOf ?? null,
  };
}

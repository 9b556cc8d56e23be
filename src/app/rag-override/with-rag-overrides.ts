import { applyRagOverrides } from '../../domain/rag-override/apply-rag-overrides';
import type { GovernanceStore } from '../../ports/governance-store';
import type { RagOverrideStore } from '../../ports/rag-override-store';

/**
 * The store as readers see it: every roll-up it answers carries the project's manual colour overrides in force at
 * `now()` (expired ones are ignored). Refreshes write through the plain store; only reads take this view.
 */
export function withRagOverrides(store: GovernanceStore, overrides: Pick<RagOverrideStore, 'list' | 'listAll'>, now: () => Date): GovernanceStore {
  return {
    ...store,
    async loadRollup(projectKey) {
      const stored = await store.loadRollup(projectKey);
      if (stored === null) return null;
      return { ...stored, rollup: applyRagOverrides(stored.rollup, await overrides.list(projectKey), now().toISOString()) };
    },
    async listRollups() {
      const [stored, all] = await Promise.all([store.listRollups(), overrides.listAll()]);
      const at = now().toISOString();
      return stored.map((entry) => ({ ...entry, rollup: applyRagOverrides(entry.rollup, all, at) }));
    },
  };
}

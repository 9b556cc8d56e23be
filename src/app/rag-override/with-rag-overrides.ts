import { applyRagOverrides } from '../../domain/rag-override/apply-rag-overrides';
import type { RagOverrideStore } from '../../ports/rag-override-store';
import type { RollupStore } from '../../ports/rollup-store';

/**
 * The roll-ups as readers see them: every roll-up it answers carries the project's manual colour overrides in force at
 * `now()` (expired ones are ignored). Refreshes write through the plain roll-up store; only reads take this view.
 */
export function withRagOverrides(store: RollupStore, overrides: Pick<RagOverrideStore, 'list' | 'listAll'>, now: () => Date): RollupStore {
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

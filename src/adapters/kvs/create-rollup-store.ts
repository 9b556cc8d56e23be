import type { RollupStore } from '../../ports/rollup-store';
import { rollupStore } from './rollup-store';

/** The roll-up store over Forge's key-value store (@forge/kvs). */
export function createRollupStore(): RollupStore {
  return {
    loadRollup: (projectKey) => rollupStore.load(projectKey),
    saveRollup: (projectKey, stored) => rollupStore.save(projectKey, stored),
    listRollups: () => rollupStore.list(),
  };
}

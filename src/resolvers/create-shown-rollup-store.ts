import { createRagOverrideStore } from '../adapters/kvs/create-rag-override-store';
import { createRollupStore } from '../adapters/kvs/create-rollup-store';
import { withRagOverrides } from '../app/rag-override/with-rag-overrides';
import type { RollupStore } from '../ports/rollup-store';

/**
 * The roll-ups as reads that show colours see them: with the manual overrides in force at `now`. Resolvers get it
 * from their deps with the invocation's clock; the macro's export trigger gives it the clock read at its edge.
 */
export function createShownRollupStore(now: () => Date): RollupStore {
  return withRagOverrides(createRollupStore(), createRagOverrideStore(), now);
}

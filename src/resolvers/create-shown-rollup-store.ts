import { createGovernanceStore } from '../adapters/kvs/create-governance-store';
import { createRagOverrideStore } from '../adapters/kvs/create-rag-override-store';
import { withRagOverrides } from '../app/rag-override/with-rag-overrides';
import type { GovernanceStore } from '../ports/governance-store';

/**
 * The governance store for reads that show colours: roll-ups with the manual overrides in force at `now`. Resolvers
 * get it from their deps with the invocation's clock; the system clock is the default only for the macro's export
 * trigger, which names none.
 */
export function createShownGovernanceStore(now: () => Date): GovernanceStore {
  return withRagOverrides(createGovernanceStore(), createRagOverrideStore(), now);
}

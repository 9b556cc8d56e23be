import { createGovernanceStore } from '../adapters/kvs/create-governance-store';
import { createRagOverrideStore } from '../adapters/kvs/create-rag-override-store';
import { withRagOverrides } from '../app/rag-override/with-rag-overrides';
import type { GovernanceStore } from '../ports/governance-store';

/** The governance store for reads that show colours: roll-ups with the manual overrides in force at `now`. */
export function createShownGovernanceStore(now: () => Date = () => new Date()): GovernanceStore {
  return withRagOverrides(createGovernanceStore(), createRagOverrideStore(), now);
}

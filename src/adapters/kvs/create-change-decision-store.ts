import { kvs } from '@forge/kvs';
import type { ChangeDecisionStore } from '../../ports/change-decision-store';
import { createVersionedRecords } from './create-versioned-records';
import { kvsKeys } from './kvs-keys';
import { recordedDecisionSchema } from './recorded-decision-schema';

/**
 * Decisions recorded in the app, in Forge storage: each version of a change request's decision under its own key
 * (`change-decision:<KEY>:<CHANGE>:v000001`), written with FAIL_IF_EXISTS, so of two people deciding the same change
 * at once the second gets `conflict` and the first decision stays as it was written.
 */
export function createChangeDecisionStore(): ChangeDecisionStore {
  const records = createVersionedRecords(recordedDecisionSchema, kvsKeys.changeDecisionsOf, (projectKey, recorded) =>
    kvsKeys.changeDecision(projectKey, recorded.decision.changeKey, recorded.version),
  );
  return {
    listDecisions: records.list,
    addDecision: records.add,
    async withdrawDecision(projectKey, changeKey, version) {
      await kvs.delete(kvsKeys.changeDecision(projectKey, changeKey, version));
    },
  };
}

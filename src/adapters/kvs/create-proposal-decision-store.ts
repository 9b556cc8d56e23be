import type { ProposalDecisionStore } from '../../ports/proposal-decision-store';
import { createVersionedRecords } from './create-versioned-records';
import { kvsKeys } from './kvs-keys';
import { recordedIntakeDecisionSchema } from './recorded-intake-decision-schema';

/**
 * Decisions on proposals recorded in the app, in Forge storage: each version of a proposal's decisions under its own
 * key (`intake-decision:<KEY>:<PROPOSAL>:v000001`), written with FAIL_IF_EXISTS, so of two people deciding the same
 * proposal at once the second gets `conflict` and the first decision stays as it was written.
 */
export function createProposalDecisionStore(): ProposalDecisionStore {
  const records = createVersionedRecords(recordedIntakeDecisionSchema, kvsKeys.proposalDecisionsOf, (projectKey, recorded) =>
    kvsKeys.proposalDecision(projectKey, recorded.decision.proposalKey, recorded.version),
  );
  return { listDecisions: records.list, addDecision: records.add };
}

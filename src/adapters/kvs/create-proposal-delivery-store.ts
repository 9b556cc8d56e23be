import type { ProposalDeliveryStore } from '../../ports/proposal-delivery-store';
import { createVersionedRecords } from './create-versioned-records';
import { kvsKeys } from './kvs-keys';
import { recordedProposalDeliverySchema } from './recorded-proposal-delivery-schema';

/**
 * The links from approved proposals to the projects or epics that deliver them, in Forge storage: each version of a
 * proposal's link under its own key (`intake-delivery:<KEY>:<PROPOSAL>:v000001`), written with FAIL_IF_EXISTS, so of
 * two people linking the same proposal at once the second gets `conflict` and the first link stays as it was written.
 */
export function createProposalDeliveryStore(): ProposalDeliveryStore {
  const records = createVersionedRecords(recordedProposalDeliverySchema, kvsKeys.proposalDeliveriesOf, (projectKey, recorded) =>
    kvsKeys.proposalDelivery(projectKey, recorded.proposalKey, recorded.version),
  );
  return { listDeliveries: records.list, addDelivery: records.add };
}

import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ProposalDeliveryStore } from '../../ports/proposal-delivery-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { recordedProposalDeliverySchema } from './recorded-proposal-delivery-schema';

const storedSchema = z.object({ format: z.literal(1), recorded: recordedProposalDeliverySchema });

const isKeyConflict = (error: unknown): boolean => error instanceof ForgeKvsAPIError && error.code === 'KEY_CONFLICT';

/**
 * The links from approved proposals to the projects or epics that deliver them, in Forge storage: each version of a
 * proposal's link under its own key (`intake-delivery:<KEY>:<PROPOSAL>:v000001`), written with FAIL_IF_EXISTS, so of
 * two people linking the same proposal at once the second gets `conflict` and the first link stays as it was written.
 */
export function createProposalDeliveryStore(): ProposalDeliveryStore {
  return {
    async listDeliveries(intakeProjectKey) {
      const prefix = kvsKeys.proposalDeliveriesOf(intakeProjectKey);
      return (await queryByPrefix(prefix)).flatMap((row) => {
        const parsed = storedSchema.safeParse(row.value);
        return parsed.success && row.key.startsWith(prefix) ? [parsed.data.recorded] : [];
      });
    },
    async addDelivery(intakeProjectKey, recorded) {
      const checked = recordedProposalDeliverySchema.parse(recorded);
      try {
        await kvs.set(
          kvsKeys.proposalDelivery(intakeProjectKey, checked.proposalKey, checked.version),
          { format: 1, recorded: checked },
          { keyPolicy: 'FAIL_IF_EXISTS' },
        );
        return 'saved';
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
    },
  };
}

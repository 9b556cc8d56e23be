import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ProposalDecisionStore } from '../../ports/proposal-decision-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { recordedIntakeDecisionSchema } from './recorded-intake-decision-schema';

const storedSchema = z.object({ format: z.literal(1), recorded: recordedIntakeDecisionSchema });

const isKeyConflict = (error: unknown): boolean => error instanceof ForgeKvsAPIError && error.code === 'KEY_CONFLICT';

/**
 * Decisions on proposals recorded in the app, in Forge storage: each version of a proposal's decisions under its own
 * key (`intake-decision:<KEY>:<PROPOSAL>:v000001`), written with FAIL_IF_EXISTS, so of two people deciding the same
 * proposal at once the second gets `conflict` and the first decision stays as it was written.
 */
export function createProposalDecisionStore(): ProposalDecisionStore {
  return {
    async listDecisions(projectKey) {
      const prefix = kvsKeys.proposalDecisionsOf(projectKey);
      return (await queryByPrefix(prefix)).flatMap((row) => {
        const parsed = storedSchema.safeParse(row.value);
        return parsed.success && row.key.startsWith(prefix) ? [parsed.data.recorded] : [];
      });
    },
    async addDecision(projectKey, recorded) {
      const checked = recordedIntakeDecisionSchema.parse(recorded);
      try {
        await kvs.set(
          kvsKeys.proposalDecision(projectKey, checked.decision.proposalKey, checked.version),
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

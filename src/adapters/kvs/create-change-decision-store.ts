import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ChangeDecisionStore } from '../../ports/change-decision-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { recordedDecisionSchema } from './recorded-decision-schema';

const storedSchema = z.object({ format: z.literal(1), recorded: recordedDecisionSchema });

const isKeyConflict = (error: unknown): boolean => error instanceof ForgeKvsAPIError && error.code === 'KEY_CONFLICT';

/**
 * Decisions recorded in the app, in Forge storage: each version of a change request's decision under its own key
 * (`change-decision:<KEY>:<CHANGE>:v000001`), written with FAIL_IF_EXISTS, so of two people deciding the same change
 * at once the second gets `conflict` and the first decision stays as it was written.
 */
export function createChangeDecisionStore(): ChangeDecisionStore {
  return {
    async listDecisions(projectKey) {
      const rows = await queryByPrefix(kvsKeys.changeDecisionsOf(projectKey));
      return rows.flatMap((row) => {
        const parsed = storedSchema.safeParse(row.value);
        return parsed.success && row.key.startsWith(kvsKeys.changeDecisionsOf(projectKey)) ? [parsed.data.recorded] : [];
      });
    },
    async addDecision(projectKey, recorded) {
      try {
        await kvs.set(
          kvsKeys.changeDecision(projectKey, recorded.decision.changeKey, recorded.version),
          { format: 1, recorded },
          { keyPolicy: 'FAIL_IF_EXISTS' },
        );
        return 'saved';
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
    },
    async withdrawDecision(projectKey, changeKey, version) {
      await kvs.delete(kvsKeys.changeDecision(projectKey, changeKey, version));
    },
  };
}

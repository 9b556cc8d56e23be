import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ApprovedBaselineStore } from '../../ports/approved-baseline-store';
import { approvedBaselineSchema } from './approved-baseline-schema';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { isKeyConflict } from './is-key-conflict';

const storedSchema = z.object({ format: z.literal(1), baseline: approvedBaselineSchema });

/**
 * Approved baselines in Forge storage: each version of a project's baseline under its own key
 * (`approved-baseline:<KEY>:v000002`), written with FAIL_IF_EXISTS, so of two people approving the same next version
 * at once the second gets `conflict`, and no version is ever rewritten.
 */
export function createApprovedBaselineStore(): ApprovedBaselineStore {
  return {
    async listVersions(projectKey) {
      const rows = await queryByPrefix(kvsKeys.approvedBaselineVersionsOf(projectKey));
      return rows.flatMap((row) => {
        const parsed = storedSchema.safeParse(row.value);
        // A record that no longer parses is left out rather than failing the ledger; keys sort by version.
        return parsed.success && parsed.data.baseline.projectKey === projectKey ? [parsed.data.baseline] : [];
      });
    },
    async addVersion(baseline) {
      try {
        await kvs.set(kvsKeys.approvedBaselineVersion(baseline.projectKey, baseline.version), { format: 1, baseline }, { keyPolicy: 'FAIL_IF_EXISTS' });
        return 'saved';
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
    },
  };
}

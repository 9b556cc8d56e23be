import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { CapacityStore } from '../../ports/capacity-store';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { storedCapacitiesSchema } from './stored-capacities-schema';
import { isKeyConflict } from './is-key-conflict';

const recordSchema = z.object({ format: z.literal(1), stored: storedCapacitiesSchema });

/**
 * Versions kept besides the latest. Older ones are deleted so that reading the latest stays a handful of keys (the
 * audit log keeps every change before and after); keeping several means a save that read version n just before
 * others moved past it still finds n + 1 taken, rather than writing into a gap left by a deleted version.
 */
const KEPT_VERSIONS = 10;

/**
 * The capacities in Forge storage: each saved version under its own key (`capacity:v000003`), written with
 * FAIL_IF_EXISTS, so of two admins saving over the same version the second gets `conflict` and nothing stored is
 * lost. Values are validated with the domain's schemas when written and when read.
 */
export function createCapacityStore(): CapacityStore {
  return {
    async loadCapacities() {
      const rows = await queryByPrefix(kvsKeys.capacityVersionsPrefix);
      // Keys sort by zero-padded version: the last record that parses is the latest readable one.
      for (const row of [...rows].reverse()) {
        const parsed = recordSchema.safeParse(row.value);
        if (parsed.success && row.key === kvsKeys.capacityVersion(parsed.data.stored.version)) return parsed.data.stored;
      }
      return null;
    },
    async addCapacitiesVersion(stored) {
      const record = recordSchema.parse({ format: 1, stored });
      try {
        await kvs.set(kvsKeys.capacityVersion(record.stored.version), record, { keyPolicy: 'FAIL_IF_EXISTS' });
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
      const oldest = record.stored.version - KEPT_VERSIONS;
      if (oldest >= 1) {
        const older = await queryByPrefix(kvsKeys.capacityVersionsPrefix);
        const stale = older.map((row) => row.key).filter((key) => key < kvsKeys.capacityVersion(oldest));
        await Promise.all(stale.map((key) => kvs.delete(key)));
      }
      return 'saved';
    },
  };
}

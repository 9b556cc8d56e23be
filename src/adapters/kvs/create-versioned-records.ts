import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { isKeyConflict } from './is-key-conflict';
import { queryByPrefix } from './query-by-prefix';

/** One project's versioned records: read them all, or add one version that must not exist yet. */
export interface VersionedRecords<T> {
  /** Every record of the project that still reads, in key order (by record, then version). */
  readonly list: (projectKey: string) => Promise<T[]>;
  /** Writes the record under its own version's key; `conflict` when that version was written first by someone else. */
  readonly add: (projectKey: string, record: T) => Promise<'saved' | 'conflict'>;
}

/**
 * Records kept one KVS key per version (e.g. `intake-decision:<KEY>:<PROPOSAL>:v000001`), each in an envelope with a
 * format number, written with FAIL_IF_EXISTS: of two people writing the same version at once the second gets
 * `conflict` and the first stays as it was written. A stored record that no longer reads is skipped.
 *
 * @param prefixOf the key prefix of one project's records (ends with a separator, so "AB" never reads "ABC").
 * @param keyOf the key of one record's version.
 */
export function createVersionedRecords<T>(
  recordSchema: z.ZodType<T>,
  prefixOf: (projectKey: string) => string,
  keyOf: (projectKey: string, record: T) => string,
): VersionedRecords<T> {
  const storedSchema = z.object({ format: z.literal(1), recorded: recordSchema });
  return {
    list: async (projectKey) => {
      const prefix = prefixOf(projectKey);
      return (await queryByPrefix(prefix)).flatMap((row) => {
        const parsed = storedSchema.safeParse(row.value);
        return parsed.success && row.key.startsWith(prefix) ? [parsed.data.recorded] : [];
      });
    },
    add: async (projectKey, record) => {
      const checked = recordSchema.parse(record);
      try {
        await kvs.set(keyOf(projectKey, checked), { format: 1, recorded: checked }, { keyPolicy: 'FAIL_IF_EXISTS' });
        return 'saved';
      } catch (error) {
        if (isKeyConflict(error)) return 'conflict';
        throw error;
      }
    },
  };
}

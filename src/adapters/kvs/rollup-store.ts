import { kvs } from '@forge/kvs';
import type { StoredRollup } from '../../ports/stored-rollup';
import { kvsKeys } from './kvs-keys';
import { queryByPrefix } from './query-by-prefix';
import { withStorageRetry } from './with-storage-retry';
import { storedRollupSchema } from './stored-rollup-schema';

/** Each project's current roll-up and the record of the refresh that made it (`rollup:<KEY>`), stored as one value so they agree. */
export const rollupStore = {
  async save(projectKey: string, stored: StoredRollup): Promise<void> {
    await withStorageRetry(() => kvs.set(kvsKeys.rollup(projectKey), { version: 1, refresh: stored.refresh, rollup: stored.rollup }));
  },

  /** The project's roll-up; null when none is stored or it is in a format this version cannot read. */
  async load(projectKey: string): Promise<StoredRollup | null> {
    const parsed = storedRollupSchema.safeParse(await kvs.get(kvsKeys.rollup(projectKey)));
    return parsed.success ? { rollup: parsed.data.rollup, refresh: parsed.data.refresh } : null;
  },

  /** Every readable stored roll-up, in key order. */
  async list(): Promise<StoredRollup[]> {
    return (await queryByPrefix(kvsKeys.rollupPrefix)).flatMap((entry) => {
      const parsed = storedRollupSchema.safeParse(entry.value);
      return parsed.success ? [{ rollup: parsed.data.rollup, refresh: parsed.data.refresh }] : [];
    });
  },
};

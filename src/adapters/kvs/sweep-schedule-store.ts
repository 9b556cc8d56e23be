import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';

const instantSchema = z.object({ at: z.iso.datetime() });

function instantStore(key: string): { load(): Promise<string | null>; save(at: string): Promise<void>; clear(): Promise<void> } {
  return {
    async load() {
      const parsed = instantSchema.safeParse(await kvs.get(key));
      return parsed.success ? parsed.data.at : null;
    },
    async save(at) {
      const value = instantSchema.parse({ at });
      await withStorageRetry(() => kvs.set(key, value));
    },
    async clear() {
      await withStorageRetry(() => kvs.delete(key));
    },
  };
}

/**
 * The sweep's two instants: when the next sweep is due (the one queued sweep job whose due time matches runs; any
 * other finds itself replaced and stops), and where the last sweep's window ended.
 */
export const sweepScheduleStore = {
  due: instantStore(kvsKeys.sweepSchedule),
  cursor: instantStore(kvsKeys.sweepCursor),
};

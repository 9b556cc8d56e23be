import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { RefreshThrottle } from '../../ports/first-read-plan';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';

const throttleSchema = z.object({ at: z.iso.datetime(), resumesAt: z.iso.datetime(), reason: z.enum(['budget', 'jira-quota']) });

/** The last time refresh jobs stopped for points, for pages to say when reading resumes. */
export const refreshThrottleStore = {
  async load(): Promise<RefreshThrottle | null> {
    const parsed = throttleSchema.safeParse(await kvs.get(kvsKeys.refreshThrottle));
    return parsed.success ? parsed.data : null;
  },
  async save(throttle: RefreshThrottle): Promise<void> {
    const value = throttleSchema.parse(throttle);
    await withStorageRetry(() => kvs.set(kvsKeys.refreshThrottle, value));
  },
};

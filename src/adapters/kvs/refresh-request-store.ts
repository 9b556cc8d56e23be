import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsKeys } from './kvs-keys';

const requestSchema = z.object({ requestedAt: z.string() });

/** When a full refresh was last asked for from the portfolio page. */
export const refreshRequestStore = {
  async load(): Promise<string | null> {
    const parsed = requestSchema.safeParse(await kvs.get(kvsKeys.refreshRequest));
    return parsed.success ? parsed.data.requestedAt : null;
  },
  async save(requestedAt: string): Promise<void> {
    await kvs.set(kvsKeys.refreshRequest, { requestedAt });
  },
  /**
   * Claims the right to replace the request at `previous` (null: none yet): only the first of several simultaneous
   * requests that saw the same previous one gets `claimed`; the others get `taken` and should join it. A claim
   * expires after a minute, so a claimant that failed before saving its request holds no one off for longer.
   */
  async claim(previous: string | null): Promise<'claimed' | 'taken'> {
    try {
      await kvs.set(
        kvsKeys.refreshRequestClaim(previous),
        { claimedAt: new Date().toISOString() },
        { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 60, unit: 'SECONDS' } },
      );
      return 'claimed';
    } catch (error) {
      if (error instanceof ForgeKvsAPIError && error.code === 'KEY_CONFLICT') return 'taken';
      throw error;
    }
  },
};

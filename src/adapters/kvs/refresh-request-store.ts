import { kvs } from '@forge/kvs';
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
};

import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';

const listingSchema = z.object({ listedAt: z.iso.datetime(), total: z.number().int().nonnegative() });

/** When the full job last listed every project, and how many Jira counted then: a daily job lists again only on a change. */
export const projectListingStore = {
  async load(): Promise<z.infer<typeof listingSchema> | null> {
    const parsed = listingSchema.safeParse(await kvs.get(kvsKeys.projectListing));
    return parsed.success ? parsed.data : null;
  },
  async save(listing: z.infer<typeof listingSchema>): Promise<void> {
    const value = listingSchema.parse(listing);
    await withStorageRetry(() => kvs.set(kvsKeys.projectListing, value));
  },
};

import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ProjectIssue } from '../../ports/project-issue';
import type { RefreshCheckpoint } from '../../ports/refresh-checkpoint';
import { kvsKeys } from './kvs-keys';
import { withStorageRetry } from './with-storage-retry';
import { workItemShards, type ShardKeys } from './work-item-shards';

const checkpointSchema = z.object({
  mode: z.enum(['full', 'incremental']),
  readStartedAt: z.string(),
  updatedSince: z.string().nullable(),
  nextPageToken: z.string(),
  pagesRead: z.number(),
  skippedIssues: z.number(),
});

const itemKeys = (projectKey: string): ShardKeys => ({
  index: kvsKeys.checkpointItemsIndex(projectKey),
  shard: (digest) => kvsKeys.checkpointItemsShard(projectKey, digest),
  legacyShard: (generation, shard) => kvsKeys.checkpointItemsLegacyShard(projectKey, generation, shard),
});

/** Where an unfinished refresh of a project stopped (`checkpoint:<KEY>`) and the work items it had read by then. */
export const refreshCheckpointStore = {
  async save(projectKey: string, checkpoint: RefreshCheckpoint, issues: readonly ProjectIssue[]): Promise<void> {
    // Items first: a checkpoint is only visible once everything it needs is stored.
    await workItemShards.save(itemKeys(projectKey), issues);
    await withStorageRetry(() => kvs.set(kvsKeys.refreshCheckpoint(projectKey), checkpoint));
  },

  /** The checkpoint and its items; null when there is none or it cannot be read whole (the refresh then starts over). */
  async load(projectKey: string): Promise<{ checkpoint: RefreshCheckpoint; issues: ProjectIssue[] } | null> {
    const parsed = checkpointSchema.safeParse(await kvs.get(kvsKeys.refreshCheckpoint(projectKey)));
    if (!parsed.success) return null;
    const issues = await workItemShards.load(itemKeys(projectKey));
    return issues === null ? null : { checkpoint: parsed.data, issues };
  },

  async clear(projectKey: string): Promise<void> {
    await withStorageRetry(() => kvs.delete(kvsKeys.refreshCheckpoint(projectKey)));
    await workItemShards.remove(itemKeys(projectKey));
  },
};

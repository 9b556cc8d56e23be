import { withStorageRetry } from './with-storage-retry';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { ProjectIssue } from '../../ports/project-issue';
import { packShards, shardValue } from './pack-shards';
import { projectIssueSchema } from './project-issue-schema';

/** Well under Forge's 240 KiB per value, leaving room for the store's own bookkeeping. */
export const MAX_SHARD_BYTES = 200 * 1024;

/** How many shards are read or written at once: enough to be quick, few enough not to flood the store. */
const PARALLEL = 8;

/** Where one sharded list of work items lives: its index key and the key of each shard of a generation. */
export interface ShardKeys {
  readonly index: string;
  readonly shard: (generation: number, shard: number) => string;
}

const indexSchema = z.object({ version: z.literal(1), generation: z.number(), shards: z.number().int().nonnegative(), items: z.number() });
const shardSchema = z.object({ version: z.literal(1), issues: z.array(projectIssueSchema) });

type ShardIndex = z.infer<typeof indexSchema>;

async function inBatches<T, R>(inputs: readonly T[], work: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < inputs.length; i += PARALLEL) results.push(...(await Promise.all(inputs.slice(i, i + PARALLEL).map(work))));
  return results;
}

const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

async function readIndex(keys: ShardKeys): Promise<ShardIndex | null> {
  const parsed = indexSchema.safeParse(await kvs.get(keys.index));
  return parsed.success ? parsed.data : null;
}

async function deleteGeneration(keys: ShardKeys, index: ShardIndex): Promise<void> {
  await inBatches(range(index.shards), (shard) => withStorageRetry(() => kvs.delete(keys.shard(index.generation, shard))));
}

/**
 * A list of work items stored in shards, so no stored value passes `MAX_SHARD_BYTES` (measured as JSON bytes).
 * A save writes a whole new generation of shards, then points the index at it, then deletes the previous
 * generation: a reader never sees a mix of old and new shards, and no surplus shard outlives a smaller save.
 */
export const workItemShards = {
  async save(keys: ShardKeys, issues: readonly ProjectIssue[], maxBytes: number = MAX_SHARD_BYTES): Promise<void> {
    const previous = await readIndex(keys);
    const shards = packShards(issues, maxBytes);
    // A clock-based generation keeps two overlapping saves from writing the same shard keys.
    const generation = Math.max(Date.now(), (previous?.generation ?? 0) + 1);
    await inBatches(range(shards.length), (shard) => withStorageRetry(() => kvs.set(keys.shard(generation, shard), shardValue(shards[shard] ?? []))));
    await withStorageRetry(() => kvs.set(keys.index, { version: 1, generation, shards: shards.length, items: issues.length } satisfies ShardIndex));
    if (previous !== null && previous.generation !== generation) await deleteGeneration(keys, previous);
  },

  /** The stored items in the order saved; null when none are stored or a shard is missing or unreadable. */
  async load(keys: ShardKeys): Promise<ProjectIssue[] | null> {
    const index = await readIndex(keys);
    if (index === null) return null;
    const shards = await inBatches(range(index.shards), async (shard) => shardSchema.safeParse(await withStorageRetry(() => kvs.get(keys.shard(index.generation, shard)))));
    const issues: ProjectIssue[] = [];
    for (const shard of shards) {
      if (!shard.success) return null;
      issues.push(...shard.data.issues);
    }
    return issues.length === index.items ? issues : null;
  },

  async remove(keys: ShardKeys): Promise<void> {
    const index = await readIndex(keys);
    await kvs.delete(keys.index);
    if (index !== null) await deleteGeneration(keys, index);
  },
};

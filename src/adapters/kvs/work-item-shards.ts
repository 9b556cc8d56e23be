import { withStorageRetry } from './with-storage-retry';
import { kvs } from '@forge/kvs';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ProjectIssue } from '../../ports/project-issue';
import { inBatches } from './in-batches';
import { packShards, shardValue } from './pack-shards';
import { projectIssueSchema } from './project-issue-schema';
import { startsItemShard } from './starts-item-shard';

/** Well under Forge's 240 KiB per value, leaving room for the store's own bookkeeping. */
export const MAX_SHARD_BYTES = 200 * 1024;

/**
 * Where one sharded list of work items lives: its index key, the key of a shard (named by a digest of its content),
 * and the key of a shard as the first format stored it (by generation and position), still read and cleaned up.
 */
export interface ShardKeys {
  readonly index: string;
  readonly shard: (digest: string) => string;
  readonly legacyShard: (generation: number, shard: number) => string;
}

const legacyIndexSchema = z.object({ version: z.literal(1), generation: z.number(), shards: z.number().int().nonnegative(), items: z.number() });
const indexSchema = z.object({ version: z.literal(2), shards: z.array(z.string().regex(/^[0-9a-f]{16}$/)), items: z.number() });
const anyIndexSchema = z.union([legacyIndexSchema, indexSchema]);
const shardSchema = z.object({ version: z.literal(1), issues: z.array(projectIssueSchema) });

type AnyIndex = z.infer<typeof anyIndexSchema>;

const range = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

async function readIndex(keys: ShardKeys): Promise<AnyIndex | null> {
  const parsed = anyIndexSchema.safeParse(await withStorageRetry(() => kvs.get(keys.index)));
  return parsed.success ? parsed.data : null;
}

/** The storage keys of every shard an index points at. */
function shardKeysOf(keys: ShardKeys, index: AnyIndex): string[] {
  return index.version === 1 ? range(index.shards).map((shard) => keys.legacyShard(index.generation, shard)) : index.shards.map((digest) => keys.shard(digest));
}

const digestOf = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * A list of work items stored in shards, so no stored value passes `MAX_SHARD_BYTES` (measured as JSON bytes).
 * Shards end where the items themselves say (see `startsItemShard`) and are stored under a digest of their content,
 * so a save writes only the shards whose items changed: an issue edited in a project of thousands rewrites one
 * shard of tens of KB, not the project, which keeps refreshes inside Forge's storage write quota. The index is
 * written after every new shard, so a reader never sees a shard that is not there yet; shards no index points at any
 * more are deleted last (re-reading the index first, so a save that finished meanwhile keeps its shards).
 */
export const workItemShards = {
  async save(keys: ShardKeys, issues: readonly ProjectIssue[], maxBytes: number = MAX_SHARD_BYTES): Promise<void> {
    const previous = await readIndex(keys);
    const values = packShards(issues, maxBytes, startsItemShard).map((shard) => shardValue(shard));
    const digests = values.map(digestOf);
    const stored = new Set(previous?.version === 2 ? previous.shards : []);
    const fresh = new Map<string, unknown>();
    values.forEach((value, i) => {
      const digest = digests[i];
      if (digest !== undefined && !stored.has(digest)) fresh.set(digest, value);
    });
    await inBatches([...fresh], ([digest, value]) => withStorageRetry(() => kvs.set(keys.shard(digest), value)));
    await withStorageRetry(() => kvs.set(keys.index, { version: 2, shards: digests, items: issues.length } satisfies z.infer<typeof indexSchema>));
    if (previous === null) return;
    const current = await readIndex(keys);
    const inUse = new Set([...digests.map((digest) => keys.shard(digest)), ...(current === null ? [] : shardKeysOf(keys, current))]);
    const unused = [...new Set(shardKeysOf(keys, previous))].filter((key) => !inUse.has(key));
    await inBatches(unused, (key) => withStorageRetry(() => kvs.delete(key)));
  },

  /** The stored items in the order saved; null when none are stored or a shard is missing or unreadable. */
  async load(keys: ShardKeys): Promise<ProjectIssue[] | null> {
    const index = await readIndex(keys);
    if (index === null) return null;
    const shards = await inBatches(shardKeysOf(keys, index), async (key) => shardSchema.safeParse(await withStorageRetry(() => kvs.get(key))));
    const issues: ProjectIssue[] = [];
    for (const shard of shards) {
      if (!shard.success) return null;
      issues.push(...shard.data.issues);
    }
    return issues.length === index.items ? issues : null;
  },

  async remove(keys: ShardKeys): Promise<void> {
    const index = await readIndex(keys);
    await withStorageRetry(() => kvs.delete(keys.index));
    if (index !== null) await inBatches([...new Set(shardKeysOf(keys, index))], (key) => withStorageRetry(() => kvs.delete(key)));
  },
};

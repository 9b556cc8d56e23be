import { kvs } from '@forge/kvs';
import { packShards } from '../../../src/adapters/kvs/pack-shards';
import { startsItemShard } from '../../../src/adapters/kvs/starts-item-shard';
import { MAX_SHARD_BYTES, workItemShards, type ShardKeys } from '../../../src/adapters/kvs/work-item-shards';
import type { ProjectIssue } from '../../../src/ports/project-issue';
import { installForgeRuntime } from '../../../local/forge-runtime/install-forge-runtime';
import { createKvsStore, type KvsStore } from '../../../local/kvs-store/create-kvs-store';
import { aWorkItem } from '../../domain/builders/a-work-item';

const keys: ShardKeys = {
  index: 'items-index:PR',
  shard: (digest) => `items:PR:${digest}`,
  legacyShard: (generation, shard) => `items:PR:${String(generation)}:${String(shard)}`,
};

function issues(count: number, summaryLength = 40): ProjectIssue[] {
  return Array.from({ length: count }, (_, i) => ({
    issueId: String(10000 + i),
    item: aWorkItem({ key: `PR-${String(i + 1)}`, summary: `Ä${'x'.repeat(summaryLength)}`, labels: ['raid-risk'], raid: { probability: 3 } }),
  }));
}

let store: KvsStore;
beforeEach(() => {
  store = createKvsStore({ dir: null });
  installForgeRuntime({
    jira: () => Promise.resolve(new Response('{}', { status: 404 })),
    kvs: (path, body) => store.handle(path, body),
    queue: () => Promise.resolve(),
  });
});

const shardKeys = (): string[] => store.keys().filter((k) => k.startsWith('items:PR:'));

describe('packShards', () => {
  it.each([
    [0, 1000],
    [1, 1000],
    [250, 5_000],
    [250, 20_000],
    [3_000, MAX_SHARD_BYTES],
  ])('keeps every shard of %i items within %i bytes, in order, losing nothing', (count, maxBytes) => {
    const entries = issues(count);
    const shards = packShards(entries, maxBytes);
    for (const shard of shards) expect(Buffer.byteLength(JSON.stringify({ version: 1, issues: shard }))).toBeLessThanOrEqual(maxBytes);
    expect(shards.flat()).toEqual(entries);
  });

  it('fills shards rather than leaving them half empty', () => {
    const entries = issues(400);
    const total = Buffer.byteLength(JSON.stringify(entries));
    expect(packShards(entries, 20_000).length).toBeLessThanOrEqual(Math.ceil(total / (20_000 - 100)) + 1);
  });

  it('refuses an entry too large for any shard', () => {
    expect(() => packShards(issues(1, 5_000), 1_000)).toThrow(RangeError);
  });

  it('starts a shard before every entry the boundary picks, and never an empty one', () => {
    const entries = issues(10);
    expect(packShards(entries, MAX_SHARD_BYTES, (entry) => ['10000', '10004', '10007'].includes(entry.issueId)).map((shard) => shard.length)).toEqual([
      4, 3, 3,
    ]);
  });

  it('keeps the other shards as they were when one entry grows, with boundaries picked by the entries', () => {
    const before = issues(300);
    const after = before.map((issue, i) => (i === 150 ? { ...issue, item: { ...issue.item, summary: `${issue.item.summary} and much longer now` } } : issue));
    const pick = startsItemShard;
    const changed = packShards(after, MAX_SHARD_BYTES, pick).filter(
      (shard, i) => JSON.stringify(shard) !== JSON.stringify(packShards(before, MAX_SHARD_BYTES, pick)[i]),
    );
    expect(changed).toHaveLength(1);
  });
});

describe('workItemShards, through the real @forge/kvs SDK', () => {
  it('reads back exactly what was saved, across several shards', async () => {
    const saved = issues(600, 200);
    await workItemShards.save(keys, saved, 30_000);
    expect(shardKeys().length).toBeGreaterThan(3);
    await expect(workItemShards.load(keys)).resolves.toEqual(saved);
  });

  it('stores no value above the shard bound', async () => {
    await workItemShards.save(keys, issues(2_000, 200));
    const sizes = await Promise.all(shardKeys().map(async (key) => Buffer.byteLength(JSON.stringify(await kvs.get(key)))));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_SHARD_BYTES);
  });

  it('deletes the surplus shards of a larger earlier save', async () => {
    await workItemShards.save(keys, issues(600, 200), 30_000);
    const before = shardKeys();
    await workItemShards.save(keys, issues(5), 30_000);
    const after = shardKeys();
    expect(after).toHaveLength(1);
    expect(before).not.toContain(after[0]);
    await expect(workItemShards.load(keys)).resolves.toEqual(issues(5));
  });

  it('stores and reads back an empty list as empty, not as missing', async () => {
    await workItemShards.save(keys, issues(3));
    await workItemShards.save(keys, []);
    await expect(workItemShards.load(keys)).resolves.toEqual([]);
  });

  it.each<[string, number, () => Promise<void>]>([
    ['nothing was saved', 0, () => Promise.resolve()],
    ['a shard is missing', 10, () => kvs.delete(shardKeys()[0] ?? '')],
    ['a shard holds an unreadable item', 10, () => kvs.set(shardKeys()[0] ?? '', { version: 1, issues: [{ issueId: '1', item: { key: 'bad' } }] })],
  ])('answers null when %s', async (_name, saved, spoil) => {
    if (saved > 0) await workItemShards.save(keys, issues(saved));
    await spoil();
    await expect(workItemShards.load(keys)).resolves.toBeNull();
  });

  it('rewrites only the shard of an edited item, keeping the others as stored', async () => {
    const saved = issues(2_000, 200);
    await workItemShards.save(keys, saved);
    const before = shardKeys();
    const usage = store.writeUsage();
    const edited = saved.map((issue, i) => (i === 1_000 ? { ...issue, item: { ...issue.item, summary: 'Re-planned' } } : issue));
    await workItemShards.save(keys, edited);
    const after = shardKeys();
    // One new shard and the index written; the old shard deleted.
    expect([
      store.writeUsage().values - usage.values,
      before.filter((key) => !after.includes(key)).length,
      after.filter((key) => !before.includes(key)).length,
    ]).toEqual([2, 1, 1]);
    await expect(workItemShards.load(keys)).resolves.toEqual(edited);
  });

  it('reads items stored in the first format (shards by generation) and replaces them on the next save', async () => {
    const saved = issues(5);
    await kvs.set('items:PR:1700000000000:0', { version: 1, issues: saved.slice(0, 3) });
    await kvs.set('items:PR:1700000000000:1', { version: 1, issues: saved.slice(3) });
    await kvs.set('items-index:PR', { version: 1, generation: 1700000000000, shards: 2, items: 5 });
    await expect(workItemShards.load(keys)).resolves.toEqual(saved);
    await workItemShards.save(keys, saved);
    expect(shardKeys().some((key) => key.startsWith('items:PR:1700000000000:'))).toBe(false);
    await expect(workItemShards.load(keys)).resolves.toEqual(saved);
  });

  it('removes the index and every shard', async () => {
    await workItemShards.save(keys, issues(600, 200), 30_000);
    await workItemShards.remove(keys);
    expect(store.keys().filter((k) => k.includes(':PR'))).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs, WhereConditions } from '@forge/kvs';
import { createKvsStore, type KvsStore } from '../../../local/kvs-store/create-kvs-store';
import { installForgeRuntime } from '../../../local/forge-runtime/install-forge-runtime';

const noJira = () => Promise.resolve(new Response('{}', { status: 404 }));

function useStore(store: KvsStore): void {
  installForgeRuntime({ jira: noJira, kvs: (path, body) => store.handle(path, body), queue: () => Promise.resolve() });
}

describe('the file-backed KVS, driven by the real @forge/kvs SDK', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pmo-kvs-'));
    useStore(createKvsStore({ dir }));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers undefined for a key never set', async () => {
    await expect(kvs.get('missing')).resolves.toBeUndefined();
  });

  it('stores, reads and deletes a JSON value', async () => {
    await kvs.set('template:1', { name: 'PRINCE2', rules: [1, 2] });
    await expect(kvs.get('template:1')).resolves.toEqual({ name: 'PRINCE2', rules: [1, 2] });
    await kvs.delete('template:1');
    await expect(kvs.get('template:1')).resolves.toBeUndefined();
  });

  it('keeps what was written across a restart of the store', async () => {
    await kvs.set('snapshot:PMO', { progress: 0.42 });
    useStore(createKvsStore({ dir }));
    await expect(kvs.get('snapshot:PMO')).resolves.toEqual({ progress: 0.42 });
  });

  it('pages a prefix query with a cursor, in key order, without other prefixes', async () => {
    for (let i = 0; i < 25; i += 1) await kvs.set(`rollup:${String(i).padStart(2, '0')}`, i);
    await kvs.set('other:1', 'x');
    const seen: unknown[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('rollup:')).limit(10);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany();
      seen.push(...page.results.map((r) => r.value));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });

  it('refuses a second write of a key set with FAIL_IF_EXISTS, keeping the first value', async () => {
    await kvs.set('lock:a', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    await expect(kvs.set('lock:a', 2, { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({ code: 'KEY_CONFLICT' });
    await expect(kvs.get('lock:a')).resolves.toBe(1);
  });

  it('refuses a value larger than Forge allows and stores nothing', async () => {
    await expect(kvs.set('big', 'x'.repeat(250 * 1024))).rejects.toMatchObject({ code: 'MAX_SIZE' });
    await expect(kvs.get('big')).resolves.toBeUndefined();
  });

  it('applies a transaction whole', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('a', 1).set('b', 2).delete('old').execute();
    await expect(Promise.all([kvs.get('a'), kvs.get('b'), kvs.get('old')])).resolves.toEqual([1, 2, undefined]);
  });

  it('applies nothing of a transaction when one of its values is too large', async () => {
    await kvs.set('kept', 'first');
    await expect(
      kvs
        .transact()
        .set('fresh', 1)
        .set('kept', 'y'.repeat(250 * 1024))
        .execute(),
    ).rejects.toMatchObject({ code: 'MAX_SIZE' });
    await expect(kvs.get('fresh')).resolves.toBeUndefined();
    await expect(kvs.get('kept')).resolves.toBe('first');
  });

  it('forgets a value once its TTL has passed', async () => {
    let now = 1_000_000;
    useStore(createKvsStore({ dir: null, now: () => now }));
    await kvs.set('lease', 'mine', { ttl: { value: 30, unit: 'SECONDS' } });
    now += 29_000;
    await expect(kvs.get('lease')).resolves.toBe('mine');
    now += 2_000;
    await expect(kvs.get('lease')).resolves.toBeUndefined();
  });
});

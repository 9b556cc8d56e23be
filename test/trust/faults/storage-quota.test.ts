import { resolve } from 'node:path';
import { createLocalApp } from '../../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../../local/site/load-site-file';
import { createRollupStore } from '../../../src/adapters/kvs/create-rollup-store';
import { createWorkItemStore } from '../../../src/adapters/kvs/create-work-item-store';
import { runInInvocation } from '../../../local/forge-runtime/invocation-scope';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = loadSiteFile(resolve(__dirname, '..', '..', 'fixtures', 'small-site.json'));

jest.setTimeout(120_000);

/** The stored roll-ups and work items after one daily refresh, without the times that differ between runs. */
async function refreshedState(storageRateLimitEveryNthWrite?: number): Promise<{ failures: number; state: unknown }> {
  const app = await createLocalApp(
    storageRateLimitEveryNthWrite === undefined
      ? { site, dataDir: null, fakeOptions: { now: () => now } }
      : { site, dataDir: null, fakeOptions: { now: () => now }, storageRateLimitEveryNthWrite },
  );
  try {
    await app.fireDailySnapshot();
    await app.queue.drain();
    const state = await runInInvocation({ moduleKey: 'pmo-test', accountId: null, timeoutMs: 25_000 }, async () => {
      const rollups = await createRollupStore().listRollups();
      return Promise.all(
        rollups.map(async ({ rollup, refresh }) => ({
          rollup: { ...rollup, asOf: null },
          itemCount: refresh.itemCount,
          partial: refresh.partial,
          items: (await createWorkItemStore().loadProjectIssues(rollup.project.key))?.map((issue) => issue.item.key) ?? null,
        })),
      );
    });
    return { failures: app.queue.failures.length, state };
  } finally {
    await app.close();
  }
}

describe('a daily refresh while storage refuses writes over its quota (429 RATE_LIMIT_EXCEEDED)', () => {
  it('stores exactly what a refresh with no refusals stores, with no failed job', async () => {
    const clean = await refreshedState();
    const throttled = await refreshedState(4);
    expect(throttled.failures).toBe(0);
    expect(throttled.state).toEqual(clean.state);
  });
});

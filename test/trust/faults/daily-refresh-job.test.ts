/**
 * The daily refresh as Forge runs it (scheduled trigger, queue, one job per project, the default retry policy with
 * its real waits) while the Jira fake injects faults: every project ends with the roll-up of a clean run.
 */
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp } from '../../../local/forge-runtime/create-local-app';
import type { FaultOptions } from '../../../local/jira-fake/fault-options';
import { jiraRetryPolicies } from '../../../src/adapters/jira/jira-retry-policies';
import { createRollupStore } from '../../../src/adapters/kvs/create-rollup-store';
import type { StoredRollup } from '../../../src/ports/stored-rollup';
import { recordMetric } from '../support/record-metric';
import { refreshAt } from './fault-harness';

const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z'), scale: 2500 });

jest.setTimeout(120_000);

/** Runs the daily snapshot on a fresh app and answers every project's stored roll-up and the Jira requests made. */
async function dailyRun(faults?: FaultOptions): Promise<{ rollups: Record<string, StoredRollup | null>; requests: number; failures: number }> {
  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => refreshAt, ...(faults === undefined ? {} : { faults }) } });
  if (app.fake === null) throw new Error('the local app has no Jira fake');
  await app.fireDailySnapshot();
  await app.queue.drain();
  const store = createRollupStore();
  const rollups: Record<string, StoredRollup | null> = {};
  for (const project of site.projects) rollups[project.key] = await store.loadRollup(project.key);
  const requests = app.fake.traffic().total;
  await app.close();
  return { rollups, requests, failures: app.queue.failures.length };
}

describe('the daily refresh job under injected Jira faults', () => {
  beforeAll(() => {
    // One fixed clock for both runs: the roll-ups carry when they were computed.
    jest.useFakeTimers({
      now: refreshAt,
      doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
  });
  afterAll(() => {
    jest.useRealTimers();
  });

  it('stores the same roll-up for every project as a clean run, with no failed job', async () => {
    const clean = await dailyRun();
    expect(Object.values(clean.rollups).every((r) => r !== null)).toBe(true);
    const faulty = await dailyRun({ rateLimitRate: 0.1, retryAfterSeconds: 0, serverErrorRate: 0.05, connectionResetRate: 0.03, seed: 31 });
    const mismatches = site.projects.filter((p) => JSON.stringify(faulty.rollups[p.key]) !== JSON.stringify(clean.rollups[p.key])).length;
    recordMetric('faults', 'daily-refresh-job', { scenarios: 1, mismatches });
    expect(faulty.failures).toBe(0);
    expect(faulty.rollups).toEqual(clean.rollups);
    expect(faulty.requests).toBeGreaterThan(clean.requests);
    // Each request is tried at most 1 + maxRetries times.
    expect(faulty.requests).toBeLessThanOrEqual(clean.requests * (1 + jiraRetryPolicies.jobs.maxRetries));
  });
});

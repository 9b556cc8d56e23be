/**
 * Full refreshes of every demo project while the Jira fake injects 429s, 5xx, slow answers and connection resets:
 * each ends with the roll-ups of a clean run, within the retry policy's bounds.
 */
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import type { FaultOptions } from '../../../local/jira-fake/fault-options';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import type { RefreshRecord } from '../../../src/ports/refresh-record';
import { recordMetric } from '../support/record-metric';
import { createFaultHarness, type FaultHarness } from './fault-harness';

const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z'), scale: 2500 });

jest.setTimeout(120_000);

interface RunResult {
  readonly rollups: Record<string, { rollup: ProjectRollup; refresh: RefreshRecord }>;
  readonly requests: number;
  readonly duplicates: number;
}

/** Refreshes every project in full, in one go each, and reads back what was stored. */
async function refreshEverything(h: FaultHarness): Promise<RunResult> {
  const rollups: RunResult['rollups'] = {};
  let duplicates = 0;
  for (const project of await h.projects()) {
    const outcome = await h.refresh(project);
    if (outcome.status !== 'done') throw new Error(`${project.key} paused`);
    const stored = await h.rollups.loadRollup(project.key);
    if (stored === null) throw new Error(`${project.key} has no stored roll-up`);
    rollups[project.key] = stored;
    const items = (await h.workItems.loadProjectIssues(project.key)) ?? [];
    duplicates += items.length - new Set(items.map((i) => i.issueId)).size;
  }
  return { rollups, requests: h.client.requestCount(), duplicates };
}

/** Name, faults, and whether they force retries (slow answers alone do not). */
const scenarios: [string, FaultOptions, boolean][] = [
  ['429 with Retry-After on a fifth of the requests', { rateLimitRate: 0.2, retryAfterSeconds: 0, seed: 3 }, true],
  ['500, 502 and 503 on a sixth of the requests', { serverErrorRate: 0.16, seed: 5 }, true],
  ['slow answers (15 ms each)', { latencyMs: 15, seed: 7 }, false],
  ['connection resets mid-page on a tenth of the requests', { connectionResetRate: 0.1, seed: 21 }, true],
  ['every fault at once', { rateLimitRate: 0.1, retryAfterSeconds: 0, serverErrorRate: 0.08, connectionResetRate: 0.05, latencyMs: 2, seed: 11 }, true],
];

describe('full refreshes under injected Jira faults', () => {
  let clean: RunResult;
  let mismatches = 0;

  beforeAll(async () => {
    clean = await refreshEverything(await createFaultHarness({ site }));
    expect(Object.keys(clean.rollups)).toHaveLength(site.projects.length);
  });
  afterAll(() => {
    recordMetric('faults', 'refresh-under-faults', { scenarios: scenarios.length, mismatches });
  });

  it.each(scenarios)('ends with the clean roll-ups under %s, retrying within the policy', async (_name, faults, retries) => {
    const h = await createFaultHarness({ site, faults });
    const faulty = await refreshEverything(h);
    if (JSON.stringify(faulty.rollups) !== JSON.stringify(clean.rollups) || faulty.duplicates > 0) mismatches += 1;
    expect(faulty.rollups).toEqual(clean.rollups);
    expect(faulty.duplicates).toBe(0);
    for (const stored of Object.values(faulty.rollups)) expect(stored.refresh.partial).toBe(false);
    // Each request is tried at most 1 + maxRetries times.
    expect(faulty.requests).toBeLessThanOrEqual(clean.requests * (1 + h.policy.maxRetries));
    // The faults really happened (latency aside): the client had to retry, and waited only within the policy.
    if (retries) expect(faulty.requests).toBeGreaterThan(clean.requests);
    expect(Math.max(0, ...h.sleeps)).toBeLessThanOrEqual(Math.max(h.policy.maxRetryAfterMs, h.policy.baseDelayMs * 2 ** (h.policy.maxRetries - 1)));
  });
});

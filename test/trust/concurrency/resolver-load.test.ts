/**
 * The load run as a test: concurrent calls to the portfolio, viewer, issue panel and status report resolvers on the
 * demo site, with Jira answering slowly. Every call must succeed; the figures are recorded, not asserted.
 */
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp } from '../../../local/forge-runtime/create-local-app';
import { summarizeLatencies } from '../../../scripts/load/latency-summary';
import { resolverScenarios } from '../../../scripts/load/resolver-scenarios';
import { runLoad } from '../../../scripts/load/run-load';
import { recordMetric } from '../support/record-metric';

const CALLS = 240;
const CONCURRENCY = 16;

jest.setTimeout(120_000);

describe('resolvers under concurrent load', () => {
  it(`answers ${String(CALLS)} calls, ${String(CONCURRENCY)} at a time, without one error`, async () => {
    const now = new Date();
    const site = generateDemoSite({ now });
    const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now, faults: { latencyMs: 10 } } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const { results, wallMs } = await runLoad(resolverScenarios(app, site), CALLS, CONCURRENCY);
    await app.close();

    const all = summarizeLatencies(results.flatMap((r) => r.latenciesMs));
    const errors = results.reduce((sum, r) => sum + r.errors, 0);
    const round = (ms: number): number => Math.round(ms * 10) / 10;
    recordMetric('load', 'resolvers', {
      calls: all.count,
      errors,
      p50: round(all.p50),
      p95: round(all.p95),
      p99: round(all.p99),
      throughput: round(all.count / (wallMs / 1000)),
    });
    for (const r of results) {
      const s = summarizeLatencies(r.latenciesMs);
      recordMetric('load', r.name, { calls: s.count, errors: r.errors, p50: round(s.p50), p95: round(s.p95), p99: round(s.p99) });
    }

    expect(all.count).toBe(CALLS);
    expect(results.map((r) => r.name)).toEqual(['getPortfolio', 'getViewer', 'getIssueGovernance', 'getStatusReport']);
    expect(results.map((r) => [r.name, r.errors, r.firstError])).toEqual(results.map((r) => [r.name, 0, null]));
  });
});

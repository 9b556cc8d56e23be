/**
 * Load run: concurrent resolver calls against the local runtime (real SDKs, the Jira fake with 20 ms latency per
 * request, in-memory storage) after one full refresh of the demo site. Prints throughput, latency percentiles and
 * errors per resolver (portfolio, viewer, issue panel, status report).
 * Usage: npx tsx scripts/load.ts [--calls 400] [--concurrency 16]
 */
import { parseArgs } from 'node:util';
import { generateDemoSite } from '../local/demo/generate-demo-site';
import { createLocalApp } from '../local/forge-runtime/create-local-app';
import { summarizeLatencies } from './load/latency-summary';
import { resolverScenarios } from './load/resolver-scenarios';
import { runLoad } from './load/run-load';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { calls: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '16' } } });
  const calls = Number(values.calls);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(calls) || calls < 1 || !Number.isInteger(concurrency) || concurrency < 1)
    throw new Error('--calls and --concurrency take whole numbers of at least 1.');
  const now = new Date();
  const site = generateDemoSite({ now });
  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now, faults: { latencyMs: 20 } } });
  await app.fireDailySnapshot();
  await app.queue.drain();
  const scenarios = resolverScenarios(app, site);
  const { results, wallMs } = await runLoad(scenarios, calls, concurrency);
  await app.close();
  console.log(`Load: ${String(calls)} calls, ${String(concurrency)} at a time, 20 ms Jira latency, ${String(site.issues.length)} issues`);
  console.log('resolver           | calls | errors | p50 ms | p95 ms | p99 ms | max ms');
  for (const r of results) {
    const s = summarizeLatencies(r.latenciesMs);
    console.log(
      `${r.name.padEnd(18)} | ${String(s.count).padStart(5)} | ${String(r.errors).padStart(6)} | ${s.p50.toFixed(0).padStart(6)} | ${s.p95.toFixed(0).padStart(6)} | ${s.p99.toFixed(0).padStart(6)} | ${s.max.toFixed(0).padStart(6)}`,
    );
    if (r.firstError !== null) console.log(`  first error: ${r.firstError}`);
  }
  console.log(`throughput: ${(calls / (wallMs / 1000)).toFixed(1)} calls/s over ${(wallMs / 1000).toFixed(2)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Benchmarks the portfolio refresh against the in-process Jira fake: Jira requests against the API's minimum,
 * bytes received, CPU, peak heap and wall time of a full and an incremental refresh per site size, a full refresh
 * with per-request latency, the pure domain roll-up over 100,000 work items, and per size one full refresh job of the
 * largest project in a child process of its own against the fake served over HTTP (what one Forge invocation needs,
 * which the whole-process heap cannot tell). Never part of the test suite.
 *
 *   npx tsx scripts/bench.ts [--sizes 1000,10000,100000] [--latency-ms 100] [--big-project 50000]
 *   node --expose-gc --stack-size=7000 --import tsx scripts/bench.ts ...
 *
 * --expose-gc lets each phase start from a collected heap. --stack-size is for 100,000 issues: the Jira fake's issue
 * edit numbers a new changelog history by spreading every history id of the site into Math.max, which overflows
 * Node's default stack at that size.
 */
import { benchDomainRollup } from './bench/bench-domain-rollup';
import { benchIsolatedProjectJob, type IsolatedJobRow } from './bench/bench-isolated-project-job';
import type { BenchRow } from './bench/bench-row';
import { benchLatencyRefresh } from './bench/bench-latency-refresh';
import { benchSiteSize } from './bench/bench-site-size';
import { collectGarbage } from './bench/collect-garbage';
import { formatBenchTable } from './bench/format-bench-table';
import { formatEndpointCounts } from './bench/format-endpoint-counts';
import { formatIsolatedJobTable } from './bench/format-isolated-job-table';
import { parseBenchArgs } from './bench/parse-bench-args';

const LATENCY_SITE_SIZE = 1000;
const ROLLUP_ITEMS = 100_000;
/** Issues of the seven ordinary projects beside the very large one. */
const BIG_PROJECT_NEIGHBOURS = 3_500;

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  // Whole seconds: Jira's dates carry milliseconds, JQL only minutes; a round instant keeps runs comparable.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const gc = collectGarbage() ? 'gc exposed' : 'gc not exposed (run node --expose-gc for a collected baseline)';
  console.log(`Portfolio refresh benchmark, now=${now.toISOString()}, Node ${process.version}, ${gc}`);

  const rows: BenchRow[] = [];
  for (const size of args.sizes) {
    try {
      const result = await benchSiteSize(size, now);
      rows.push(...result.rows);
      for (const note of result.notes) console.log(`  [${size.toLocaleString('en-US')}] ${note}`);
    } catch (error) {
      // One size failing should not cost the rows of the others.
      console.log(`  [${size.toLocaleString('en-US')}] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  rows.push(await benchLatencyRefresh(LATENCY_SITE_SIZE, args.latencyMs, now));

  console.log('');
  console.log(formatBenchTable(rows));
  console.log('');
  console.log('Requests by endpoint:');
  console.log(formatEndpointCounts(rows));

  const rollup = await benchDomainRollup(ROLLUP_ITEMS, now);
  console.log('');
  console.log(
    `Domain roll-up alone (computeProjectRollup, ${rollup.items.toLocaleString('en-US')} work items as one project): ` +
      `first run ${rollup.firstCpuMs.toFixed(0)} CPU ms, median of the next ${rollup.runs} ${rollup.medianCpuMs.toFixed(0)} CPU ms`,
  );

  const isolated: IsolatedJobRow[] = [];
  const isolatedNotes: string[] = [];
  // Each site size, then one very large project among seven small ones (the site's other projects 500 issues each).
  const runs = [...args.sizes.map((size) => ({ size, first: undefined })), { size: args.bigProject + BIG_PROJECT_NEIGHBOURS, first: args.bigProject }];
  for (const { size, first } of runs) {
    try {
      isolated.push(await benchIsolatedProjectJob(size, now, first));
    } catch (error) {
      isolatedNotes.push(`  [${size.toLocaleString('en-US')}] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log('');
  console.log('One project job in its own process (the largest project of each site, a full refresh, against the fake over HTTP):');
  if (isolated.length > 0) console.log(formatIsolatedJobTable(isolated));
  for (const note of isolatedNotes) console.log(note);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

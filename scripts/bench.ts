/**
 * Benchmarks the portfolio refresh against the in-process Jira fake: Jira requests against the API's minimum,
 * bytes received, CPU, peak heap and wall time of a full and an incremental refresh per site size, a full refresh
 * with per-request latency, the pure domain roll-up and change-control summary over 100,000 work items, and per size one full refresh job of the
 * largest project in a child process of its own against the fake served over HTTP (what one Forge invocation needs,
 * which the whole-process heap cannot tell). Never part of the test suite.
 *
 * And Jira points, as the fake charges them: per size the first read against what the data costs and the incremental
 * refresh, one simulated ordinary day (2 % of issues edited, 0.1 % deleted, the daily job once) against the target
 * 1.2 x (changes + projects), and the first read paced by Tier 1 and by Tier 2 Standard (1,000 users), the fake
 * enforcing the tier's quota. Every phase that reads Jira in process runs on a simulated clock; the full and
 * incremental refreshes and the latency and isolated runs are given a budget they never reach, since they measure
 * CPU, memory and requests, not pacing.
 *
 *   npx tsx scripts/bench.ts [--sizes 1000,10000,100000] [--latency-ms 100] [--big-project 50000] [--day-max-changes 500]
 *   node --expose-gc --stack-size=7000 --import tsx scripts/bench.ts ...
 *
 * --expose-gc lets each phase start from a collected heap. --stack-size is for 100,000 issues: the Jira fake's issue
 * edit numbers a new changelog history by spreading every history id of the site into Math.max, which overflows
 * Node's default stack at that size.
 */
import { benchCapacity } from './bench/bench-capacity';
import { benchIntakeBoard } from './bench/bench-intake-board';
import { benchChangeControl } from './bench/bench-change-control';
import { benchDomainRollup } from './bench/bench-domain-rollup';
import { benchIsolatedProjectJob, type IsolatedJobRow } from './bench/bench-isolated-project-job';
import type { BenchRow } from './bench/bench-row';
import { benchLatencyRefresh } from './bench/bench-latency-refresh';
import { benchPacedFirstRead, TIER1, TIER2_STANDARD_1000 } from './bench/bench-paced-first-read';
import { benchSiteSize } from './bench/bench-site-size';
import { collectGarbage } from './bench/collect-garbage';
import { formatBenchTable } from './bench/format-bench-table';
import { formatEndpointCounts } from './bench/format-endpoint-counts';
import { formatIsolatedJobTable } from './bench/format-isolated-job-table';
import { formatPacedReadTable } from './bench/format-paced-read-table';
import { formatSitePointsTable } from './bench/format-site-points-table';
import { formatSteadyDayTable } from './bench/format-steady-day-table';
import type { PacedReadRow } from './bench/paced-read-row';
import { parseBenchArgs } from './bench/parse-bench-args';
import type { SitePointsRow } from './bench/site-points-row';
import type { SteadyDayRow } from './bench/steady-day-row';
import { generateDemoSite } from '../local/demo/generate-demo-site';

const LATENCY_SITE_SIZE = 1000;
const ROLLUP_ITEMS = 100_000;
const CAPACITY_PROPOSALS = 5_000;
/** Issues of the seven ordinary projects beside the very large one. */
const BIG_PROJECT_NEIGHBOURS = 3_500;

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  // Whole seconds: Jira's dates carry milliseconds, JQL only minutes; a round instant keeps runs comparable.
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const gc = collectGarbage() ? 'gc exposed' : 'gc not exposed (run node --expose-gc for a collected baseline)';
  console.log(`Portfolio refresh benchmark, now=${now.toISOString()}, Node ${process.version}, ${gc}`);

  const rows: BenchRow[] = [];
  const points: SitePointsRow[] = [];
  const days: SteadyDayRow[] = [];
  const paced: PacedReadRow[] = [];
  for (const size of args.sizes) {
    const label = `  [${size.toLocaleString('en-US')}]`;
    const started = performance.now();
    const site = generateDemoSite({ now, scale: size });
    console.log(`${label} site: ${site.issues.length} issues in ${site.projects.length} projects, generated in ${Math.round(performance.now() - started)} ms`);
    try {
      const result = await benchSiteSize(site, now, args.dayMaxChanges);
      rows.push(...result.rows);
      points.push(result.points);
      if (result.steadyDay !== null) days.push(result.steadyDay);
      for (const note of result.notes) console.log(`${label} ${note}`);
    } catch (error) {
      // One size failing should not cost the rows of the others.
      console.log(`${label} FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const tier of [TIER1, TIER2_STANDARD_1000]) {
      try {
        paced.push(await benchPacedFirstRead(site, now, tier));
      } catch (error) {
        console.log(`${label} paced first read, ${tier.label}, FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  rows.push(await benchLatencyRefresh(LATENCY_SITE_SIZE, args.latencyMs, now));

  console.log('');
  console.log(formatBenchTable(rows));
  console.log('');
  console.log('Requests by endpoint:');
  console.log(formatEndpointCounts(rows));

  console.log('');
  console.log('Jira points, as the fake charges them (1 a request + 1 an issue or project returned); simulated time, a budget no site reaches:');
  console.log(formatSitePointsTable(points));
  console.log('');
  console.log('One simulated ordinary day of a site already read (app on Tier 1): 2% of issues edited, 0.1% deleted, spread over the day,');
  console.log('an issue event for each, the daily job once at the end; target 1.2 x (edits + deletes + projects); Tier 1 sites/day = 65,000 x 24 / pts/day.');
  console.log(
    `A day of more than ${args.dayMaxChanges.toLocaleString('en-US')} changes runs its first hours only ("hours run"), and its event points are scaled to 24 h.`,
  );
  console.log(formatSteadyDayTable(days));
  for (const day of days)
    console.log(
      `  [${day.size.toLocaleString('en-US')}] points by endpoint: ${Object.entries(day.pointsByEndpoint)
        .map(([endpoint, points]) => `${endpoint} ${points.toLocaleString('en-US')}`)
        .join(', ')}`,
    );
  console.log('');
  console.log("First read paced by the tier (the fake enforces the tier's quota, the app is set to the tier), on simulated time:");
  console.log(formatPacedReadTable(paced));

  const rollup = await benchDomainRollup(ROLLUP_ITEMS, now);
  console.log('');
  console.log(
    `Domain roll-up alone (computeProjectRollup, ${rollup.items.toLocaleString('en-US')} work items as one project): ` +
      `first run ${rollup.firstCpuMs.toFixed(0)} CPU ms, median of the next ${rollup.runs} ${rollup.medianCpuMs.toFixed(0)} CPU ms`,
  );

  const change = await benchChangeControl(ROLLUP_ITEMS, now);
  console.log(
    `Change control (summarizeChangeControl, ${change.items.toLocaleString('en-US')} work items as one project, ${change.baselined.toLocaleString('en-US')} baselined, ` +
      `${change.changeRequests.toLocaleString('en-US')} change requests, ${change.uncontrolledSlips.toLocaleString('en-US')} uncontrolled slips): ` +
      `median ${change.cpuMs.toFixed(0)} CPU ms, ${change.cpuMsPer1000.toFixed(2)} CPU ms per 1,000 issues; no Jira request (it reads what the refresh holds).`,
  );
  console.log(
    `  The demo site's first read: ${change.demoRequests.toLocaleString('en-US')} requests, of which change control ${change.demoChangeControlRequests.toLocaleString('en-US')} ` +
      `(the changelog of change requests a workflow status decided: ${change.demoChangeControlEndpoints.join(', ') || 'none'}).`,
  );

  const capacity = await benchCapacity(ROLLUP_ITEMS, CAPACITY_PROPOSALS, now);
  console.log(
    `Capacity (${capacity.items.toLocaleString('en-US')} work items in ${capacity.programs} programs, ${capacity.proposals.toLocaleString('en-US')} proposals): ` +
      `demand spread and heat map ${capacity.heatMapCpuMs.toFixed(0)} CPU ms, what-if with every proposal ticked ${capacity.whatIfCpuMs.toFixed(0)} CPU ms ` +
      `(${capacity.quarters} quarters, ${capacity.changes} changes); heap ${capacity.startHeapMiB.toFixed(0)} MiB held, ${capacity.peakHeapMiB.toFixed(0)} MiB peak.`,
  );

  const intake = await benchIntakeBoard(CAPACITY_PROPOSALS, now);
  console.log(
    `Intake ranking (${intake.proposals.toLocaleString('en-US')} proposals): score and rank ${intake.wsjfRankCpuMs.toFixed(0)} CPU ms under WSJF, ` +
      `${intake.weightedRankCpuMs.toFixed(0)} CPU ms under the weighted model; the board end to end (${intake.boardRanked.toLocaleString('en-US')} proposals stored by the refresh, ranked, a page of ${intake.boardProposals.toLocaleString('en-US')} answered) ` +
      `${intake.boardCpuMs.toFixed(0)} CPU ms, answer ${intake.boardAnswerKiB.toLocaleString('en-US')} KiB of Forge's 5 MB, Jira requests: ` +
      `${
        Object.entries(intake.boardRequests)
          .map(([endpoint, requests]) => `${endpoint} ${String(requests)}`)
          .join(', ') || 'none'
      } (no search); heap peak ${intake.peakHeapMiB.toFixed(0)} MiB.`,
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

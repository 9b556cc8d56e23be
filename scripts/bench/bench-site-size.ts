import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import type { SiteFile } from '../../local/site/site-file-schema';
import { benchSteadyDay } from './bench-steady-day';
import type { BenchRow } from './bench-row';
import { describeStorageWrites } from './describe-storage-writes';
import { changeIssues } from './change-issues';
import { countIssuesByProject } from './count-issues-by-project';
import { measurePhase } from './measure-phase';
import { meterFakeCpu } from './meter-fake-cpu';
import { pagesNeeded } from './pages-needed';
import { setBenchPointsBudget, UNPACED_SETTING } from './set-bench-points-budget';
import { siteDataPoints } from './site-data-points';
import type { SitePointsRow } from './site-points-row';
import type { SteadyDayRow } from './steady-day-row';

const HOUR_MS = 3_600_000;

/** The rows of one site size, its points, its steady-state day, and what happened around them worth printing. */
export interface SiteSizeBench {
  readonly rows: readonly BenchRow[];
  readonly points: SitePointsRow;
  /** Null when the day could not run (a note says why). */
  readonly steadyDay: SteadyDayRow | null;
  readonly notes: readonly string[];
}

/**
 * Benchmarks the portfolio refresh over `site` (a generated demo site), in memory, on a simulated clock starting at
 * `now`, with a points budget no site reaches (these phases measure CPU, memory, requests and points, not pacing): a
 * full refresh (the daily trigger, then every queued project job), then 1 % of the issues edited an hour later and
 * one issue event per changed project (the incremental refresh), then the daily job an hour later, and an hour after
 * that one ordinary day on the app's default Tier 1 budget (benchSteadyDay, at most `dayMaxChanges` of its changes).
 * The edits are not measured. When a later phase fails, the earlier rows are kept and a note says why.
 */
export async function benchSiteSize(site: SiteFile, now: Date, dayMaxChanges: number): Promise<SiteSizeBench> {
  const size = site.issues.length;
  const notes: string[] = [];
  const clock = createSimulatedClock(now);
  const app = await createLocalApp({ site, dataDir: null, clock, fakeOptions: { now: clock.now } });
  const fake = app.fake;
  if (fake === null) throw new Error('The local app was created without its Jira fake.');
  await setBenchPointsBudget(app, UNPACED_SETTING);
  const meter = meterFakeCpu(fake);

  const fullMinimum = pagesNeeded(countIssuesByProject(site.issues.map((issue) => issue.key)).values());
  let storage = app.store.writeUsage();
  const full = await measurePhase(fake, meter, async () => {
    await app.fireDailySnapshot();
    await app.queue.drain();
  });
  notes.push(describeStorageWrites('full refresh', storage, app.store.writeUsage()));

  const rows: BenchRow[] = [{ size, phase: 'full', minimum: fullMinimum, measure: full }];
  let points: SitePointsRow = {
    size,
    projects: site.projects.length,
    firstReadPoints: full.points,
    dataPoints: siteDataPoints(site),
    incrementalEdits: null,
    incrementalPoints: null,
  };
  let steadyDay: SteadyDayRow | null = null;
  try {
    clock.advanceBy(HOUR_MS);
    const started = performance.now();
    const changed = changeIssues(fake, clock.now());
    const changedCount = [...changed.values()].reduce((sum, keys) => sum + keys.length, 0);
    notes.push(`edited ${changedCount} issues in ${changed.size} projects in ${Math.round(performance.now() - started)} ms (not measured)`);

    // The sweep reads every project's changes in one search, so the fewest pages are those of all the changes together.
    const incrementalMinimum = pagesNeeded([changedCount]);
    storage = app.store.writeUsage();
    const incremental = await measurePhase(fake, meter, async () => {
      for (const [projectKey, keys] of changed) {
        await app.deliverIssueEvent({ issue: { key: keys[0], fields: { project: { key: projectKey } } } });
      }
      await app.queue.drain();
    });
    rows.push({ size, phase: 'incremental', minimum: incrementalMinimum, measure: incremental });
    points = { ...points, incrementalEdits: changedCount, incrementalPoints: incremental.points };
    notes.push(describeStorageWrites('incremental refresh', storage, app.store.writeUsage()));

    // The day before ends with its daily job: each project's last read then starts an hour after the 1 % edits, so
    // the day's first reads do not take them in again through the overlap (a cost of the benchmark's timing only).
    clock.advanceBy(HOUR_MS);
    await app.fireDailySnapshot();
    await app.queue.drain();
    clock.advanceBy(HOUR_MS);
    await setBenchPointsBudget(app, { tier: 'tier1' });
    steadyDay = await benchSteadyDay(app, clock, site.projects.length, dayMaxChanges);
  } catch (error) {
    // The full row still stands; say why a later one is missing rather than losing them all.
    notes.push(
      `${points.incrementalPoints === null ? 'incremental phase' : 'steady-state day'} not run: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  await app.close();
  for (const failure of app.queue.failures) notes.push(`FAILED job ${JSON.stringify(failure.event.body)}: ${failure.message}`);
  return { rows, points, steadyDay, notes };
}

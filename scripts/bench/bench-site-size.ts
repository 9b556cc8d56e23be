import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import type { BenchRow } from './bench-row';
import { describeStorageWrites } from './describe-storage-writes';
import { changeIssues } from './change-issues';
import { countIssuesByProject } from './count-issues-by-project';
import { measurePhase } from './measure-phase';
import { meterFakeCpu } from './meter-fake-cpu';
import { pagesNeeded } from './pages-needed';

const HOUR_MS = 3_600_000;

/** The rows of one site size, and what happened around them worth printing. */
export interface SiteSizeBench {
  readonly rows: readonly BenchRow[];
  readonly notes: readonly string[];
}

/**
 * Benchmarks the portfolio refresh over a generated demo site of `size` issues, in memory: a full refresh (the
 * daily trigger, then every queued project job), then 1 % of the issues edited an hour later and one issue event
 * per changed project (the incremental refresh). Site generation and the edits are not measured. When the edits or
 * the incremental phase fail, the full row is kept and a note says why.
 */
export async function benchSiteSize(size: number, now: Date): Promise<SiteSizeBench> {
  const notes: string[] = [];
  let started = performance.now();
  const site = generateDemoSite({ now, scale: size });
  notes.push(`site: ${site.issues.length} issues in ${site.projects.length} projects, generated in ${Math.round(performance.now() - started)} ms`);

  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  const fake = app.fake;
  if (fake === null) throw new Error('The local app was created without its Jira fake.');
  const meter = meterFakeCpu(fake);

  const fullMinimum = pagesNeeded(countIssuesByProject(site.issues.map((issue) => issue.key)).values());
  let storage = app.store.writeUsage();
  const full = await measurePhase(fake, meter, async () => {
    await app.fireDailySnapshot();
    await app.queue.drain();
  });
  notes.push(describeStorageWrites('full refresh', storage, app.store.writeUsage()));

  const rows: BenchRow[] = [{ size, phase: 'full', minimum: fullMinimum, measure: full }];
  try {
    started = performance.now();
    const changed = changeIssues(fake, new Date(now.getTime() + HOUR_MS));
    const changedCount = [...changed.values()].reduce((sum, keys) => sum + keys.length, 0);
    notes.push(`edited ${changedCount} issues in ${changed.size} projects in ${Math.round(performance.now() - started)} ms (not measured)`);

    const incrementalMinimum = pagesNeeded([...changed.values()].map((keys) => keys.length));
    storage = app.store.writeUsage();
    const incremental = await measurePhase(fake, meter, async () => {
      for (const [projectKey, keys] of changed) {
        await app.deliverIssueEvent({ issue: { key: keys[0], fields: { project: { key: projectKey } } } });
      }
      await app.queue.drain();
    });
    rows.push({ size, phase: 'incremental', minimum: incrementalMinimum, measure: incremental });
    notes.push(describeStorageWrites('incremental refresh', storage, app.store.writeUsage()));
  } catch (error) {
    // The full row still stands; say why the incremental one is missing rather than losing both.
    notes.push(`incremental phase not run: ${error instanceof Error ? error.message : String(error)}`);
  }

  await app.close();
  for (const failure of app.queue.failures) notes.push(`FAILED job ${JSON.stringify(failure.event.body)}: ${failure.message}`);
  return { rows, notes };
}

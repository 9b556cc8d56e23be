import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import type { BenchRow } from './bench-row';
import { countIssuesByProject } from './count-issues-by-project';
import { measurePhase } from './measure-phase';
import { pagesNeeded } from './pages-needed';
import { setBenchPointsBudget, UNPACED_SETTING } from './set-bench-points-budget';

/**
 * Times a full refresh of a `size`-issue demo site while the Jira fake delays every request by `latencyMs`, as a
 * real site far away would: the wall time shows how much of the refresh waits on Jira one request after another.
 * It runs in real time (the delays are real), so the app is given a points budget the site never reaches: no job
 * waits for points, and the wall time is the latency's alone.
 */
export async function benchLatencyRefresh(size: number, latencyMs: number, now: Date): Promise<BenchRow> {
  const site = generateDemoSite({ now, scale: size });
  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now, faults: { latencyMs } } });
  const fake = app.fake;
  if (fake === null) throw new Error('The local app was created without its Jira fake.');
  await setBenchPointsBudget(app, UNPACED_SETTING);
  const measure = await measurePhase(fake, null, async () => {
    await app.fireDailySnapshot();
    await app.queue.drain();
  });
  await app.close();
  const minimum = pagesNeeded(countIssuesByProject(site.issues.map((issue) => issue.key)).values());
  return { size, phase: `full, ${latencyMs} ms latency`, minimum, measure };
}

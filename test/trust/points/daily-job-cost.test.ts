/**
 * What the daily job costs in Jira points once a site is read: what changed, never the site's size. Two sites of
 * different sizes get the same number of edits; the daily job after them costs about the same, and at most 1.2 x
 * (issues changed + projects), counted by the fake as Jira would charge it.
 */
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { demoUsers } from '../../../local/demo/demo-users';
import { createLocalApp } from '../../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../../local/forge-runtime/create-simulated-clock';

const start = new Date('2026-12-01T09:00:00.000Z');

jest.setTimeout(180_000);

/** Reads a site once, edits `changes` issues spread over its projects, runs the daily job: answers the job's points. */
async function dailyJobPoints(scale: number, changes: number): Promise<{ points: number; projects: number; byEndpoint: Record<string, number> }> {
  const site = generateDemoSite({ now: start, scale });
  // The demo's last edits fall just before its `now`; reading it two hours later keeps them out of the incremental
  // overlap, as on a site whose last read was not made the moment after a burst of edits.
  const clock = createSimulatedClock(new Date(start.getTime() + 2 * 3_600_000));
  const app = await createLocalApp({ site, dataDir: null, clock, fakeOptions: { now: clock.now } });
  const fake = app.fake;
  if (fake === null) throw new Error('no fake');
  // A budget that lets the first read through in one go: this test is about the day after.
  const set = await app.invokeResolver({
    functionKey: 'setPointsBudget',
    payload: { setting: { tier: 'custom', pointsPerHour: 10_000_000 } },
    accountId: demoUsers.admin.accountId,
    moduleKey: 'governance-admin',
    extension: { type: 'jira:adminPage' },
  });
  expect(set).toMatchObject({ ok: true });
  await app.fireDailySnapshot();
  await app.queue.drain();
  clock.advanceBy(6 * 3_600_000);
  const step = Math.floor(site.issues.length / changes);
  for (let i = 0; i < changes; i += 1) {
    const issue = site.issues[i * step];
    if (issue === undefined) continue;
    clock.advanceBy(60_000);
    fake.updateIssue(issue.key, { summary: `Edited ${String(i)}` }, clock.now());
  }
  clock.advanceBy(3_600_000);
  fake.resetTraffic();
  await app.fireDailySnapshot();
  await app.queue.drain();
  const traffic = fake.traffic();
  await app.close();
  expect(app.queue.failures).toEqual([]);
  return { points: traffic.points.total, projects: site.projects.length, byEndpoint: traffic.points.byEndpoint };
}

describe('the daily job once a site is read', () => {
  it('costs what changed, not the size of the site: the same edits cost the same on a site ten times larger', async () => {
    const changes = 40;
    const small = await dailyJobPoints(2_000, changes);
    const large = await dailyJobPoints(20_000, changes);
    console.log(
      `Daily job after ${String(changes)} edits: ${String(small.points)} points on a 2,000-issue site, ${String(large.points)} on a 20,000-issue site.`,
      large.byEndpoint,
    );
    expect(large.points).toBe(small.points);
    // Beyond the edits: per project one search page and one count, plus the day's field, time zone and project list.
    expect(large.points).toBeLessThanOrEqual(changes + 3 * large.projects + 5);
  });

  it('costs at most 1.2 x (issues changed + projects) on a day of 2% edits', async () => {
    const changes = 400;
    const { points, projects } = await dailyJobPoints(20_000, changes);
    console.log(
      `Daily job after ${String(changes)} edits on a 20,000-issue site: ${String(points)} points (target ${String(Math.floor(1.2 * (changes + projects)))}).`,
    );
    expect(points).toBeLessThanOrEqual(1.2 * (changes + projects));
  });
});

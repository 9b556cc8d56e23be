import { createRollupStore } from '../../src/adapters/kvs/create-rollup-store';
import { createWorkItemStore } from '../../src/adapters/kvs/create-work-item-store';
import { pendingChangeStore } from '../../src/adapters/kvs/pending-change-store';
import { staleProjectKeys } from '../../src/app/stale-project-keys';
import { SWEEP_TIMING } from '../../src/domain/refresh/sweep-timing';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { createSimulatedClock, type SimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import type { JiraFake } from '../../local/jira-fake/create-jira-fake';

const start = new Date('2026-11-20T12:00:00.000Z');
const HOUR_MS = 3_600_000;

interface Scene {
  readonly app: LocalApp;
  readonly fake: JiraFake;
  readonly clock: SimulatedClock;
}

/**
 * A demo site read in full by the daily job, and an hour later swept by the next one (the first sweep reads again
 * what changed in the minutes before the first read, for Jira's index lag): from here each sweep reads only what
 * changed since.
 */
async function sceneAfterFirstRead(): Promise<Scene> {
  const clock = createSimulatedClock(start);
  const app = await createLocalApp({ site: generateDemoSite({ now: start }), dataDir: null, clock });
  if (app.fake === null) throw new Error('no fake');
  await app.fireDailySnapshot();
  await app.queue.drain();
  clock.advanceBy(HOUR_MS);
  await app.fireDailySnapshot();
  await app.queue.drain();
  clock.advanceBy(HOUR_MS);
  app.fake.resetTraffic();
  return { app, fake: app.fake, clock };
}

/** Edits an issue in the fake now and, unless the event is lost, delivers its issue event. */
async function edit(scene: Scene, key: string, event = true): Promise<void> {
  const issue = scene.fake.site.issues.find((candidate) => candidate.key === key);
  if (issue === undefined) throw new Error(`no ${key}`);
  scene.fake.updateIssue(key, { summary: `${key} edited` }, scene.clock.now());
  const projectKey = key.slice(0, key.lastIndexOf('-'));
  if (event) await scene.app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: issue.id, key, fields: { project: { key: projectKey } } } });
}

const summaryOf = async (key: string): Promise<string | undefined> =>
  (await createWorkItemStore().loadProjectIssues(key.slice(0, key.lastIndexOf('-'))))?.find((issue) => issue.item.key === key)?.item.summary;

const keysOf = (fake: JiraFake, projectKey: string, count: number): string[] =>
  fake.site.issues
    .filter((issue) => issue.key.startsWith(`${projectKey}-`))
    .slice(0, count)
    .map((issue) => issue.key);

describe('the sweep of changed issues', () => {
  it('reads five changes from two projects in one search as soon as the newest has settled', async () => {
    const scene = await sceneAfterFirstRead();
    const keys = [...keysOf(scene.fake, 'CORE', 3), ...keysOf(scene.fake, 'MOB', 2)];
    for (const key of keys) {
      await edit(scene, key);
      scene.clock.advanceBy(60_000);
    }
    const due = scene.app.simulatedQueue?.nextDueAt() ?? 0;
    expect(due - scene.clock.now().getTime()).toBeLessThanOrEqual(SWEEP_TIMING.settleMs);
    await scene.app.queue.drain();
    expect(scene.app.queue.failures).toEqual([]);
    expect(scene.fake.traffic().byEndpoint).toEqual({ 'POST /rest/api/3/search/jql': 1 });
    expect(scene.fake.traffic().points.total).toBe(1 + keys.length);
    for (const key of keys) await expect(summaryOf(key)).resolves.toBe(`${key} edited`);
    await expect(staleProjectKeys(pendingChangeStore)).resolves.toEqual([]);
  });

  it('lets a single change wait for others, up to three hours, then reads it', async () => {
    const scene = await sceneAfterFirstRead();
    const [key] = keysOf(scene.fake, 'CORE', 1);
    if (key === undefined) throw new Error('no CORE issue');
    await edit(scene, key);
    expect((scene.app.simulatedQueue?.nextDueAt() ?? 0) - scene.clock.now().getTime()).toBeLessThanOrEqual(15 * 60_000);
    await scene.app.queue.drain();
    expect(scene.clock.now().getTime()).toBe(start.getTime() + 2 * HOUR_MS + SWEEP_TIMING.maxWaitMs);
    expect(scene.fake.traffic().byEndpoint).toEqual({ 'POST /rest/api/3/search/jql': 1 });
    await expect(summaryOf(key)).resolves.toBe(`${key} edited`);
  });

  it('reads a change whose event never arrived with the next sweep', async () => {
    const scene = await sceneAfterFirstRead();
    const [lost, announced] = keysOf(scene.fake, 'CORE', 2);
    if (lost === undefined || announced === undefined) throw new Error('no CORE issues');
    await edit(scene, lost, false);
    scene.clock.advanceBy(10 * 60_000);
    await edit(scene, announced);
    await scene.app.queue.drain();
    await expect(summaryOf(lost)).resolves.toBe(`${lost} edited`);
    await expect(summaryOf(announced)).resolves.toBe(`${announced} edited`);
    expect(scene.fake.traffic().points.total).toBe(3);
  });

  it('checks every held project with one count on a day nothing drifted, and reconciles the project that lost an issue without its event', async () => {
    const scene = await sceneAfterFirstRead();
    await scene.app.fireDailySnapshot();
    await scene.app.queue.drain();
    expect(scene.fake.traffic().byEndpoint['POST /rest/api/3/search/approximate-count']).toBe(1);
    const before = await createRollupStore().loadRollup('CORE');
    const index = scene.fake.site.issues.findIndex((issue) => issue.key.startsWith('CORE-') && issue.fields.issuetype.name === 'Story');
    scene.fake.site.issues.splice(index, 1);
    scene.clock.advanceBy(24 * HOUR_MS);
    scene.fake.resetTraffic();
    await scene.app.fireDailySnapshot();
    await scene.app.queue.drain();
    expect(scene.app.queue.failures).toEqual([]);
    const after = await createRollupStore().loadRollup('CORE');
    expect(after?.rollup.counts.total).toBe((before?.rollup.counts.total ?? 0) - 1);
    const projects = scene.fake.site.projects.length;
    // One count of all, then one per project, as the total differed.
    expect(scene.fake.traffic().byEndpoint['POST /rest/api/3/search/approximate-count']).toBe(1 + projects);
  });
});

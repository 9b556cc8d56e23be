import { createRefreshCheckpoints } from '../../src/adapters/kvs/create-refresh-checkpoints';
import { createRollupStore } from '../../src/adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../../src/adapters/kvs/create-snapshot-store';
import { pendingChangeStore } from '../../src/adapters/kvs/pending-change-store';
import { staleProjectKeys } from '../../src/app/stale-project-keys';
import { REFRESH_TIME_RESERVE_MS, refreshJob } from '../../src/triggers/refresh-job';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createLocalApp } from '../../local/forge-runtime/create-local-app';
import { createSimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import { runInInvocation } from '../../local/forge-runtime/invocation-scope';

const now = new Date('2026-11-20T12:00:00.000Z');
const issueCount = (site: { issues: readonly { key: string }[] }, projectKey: string): number =>
  site.issues.filter((i) => i.key.startsWith(`${projectKey}-`)).length;

describe('the refresh queue, end to end through the local Forge runtime', () => {
  it('gives every project a stored roll-up of all its issues after the daily trigger', async () => {
    const app = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, fakeOptions: { now: () => now } });
    const site = app.fake?.site;
    if (site === undefined) throw new Error('no fake');
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
    const stored = await createRollupStore().listRollups();
    expect(stored.map((s) => s.rollup.project.key)).toEqual(site.projects.map((p) => p.key).sort());
    for (const { rollup, refresh } of stored) {
      expect(refresh).toMatchObject({ itemCount: issueCount(site, rollup.project.key), partial: false });
      expect(rollup.project.category).toBe(site.projects.find((p) => p.key === rollup.project.key)?.projectCategory?.name ?? null);
    }
    const today = new Date().toISOString().slice(0, 10);
    await expect(createSnapshotStore().listSnapshotDays(site.projects[0]?.key ?? '')).resolves.toEqual([today]);
  });

  it("reads a changed issue in the sweep its event queues and clears the project's stale mark", async () => {
    const clock = createSimulatedClock(now);
    const app = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, clock });
    const fake = app.fake;
    if (fake === null) throw new Error('no fake');
    await app.fireDailySnapshot();
    await app.queue.drain();
    clock.advanceBy(3_600_000);
    const issue = fake.site.issues.find((i) => i.key.startsWith('CORE-') && i.fields.status.statusCategory.key !== 'done');
    const doneStatus = fake.site.statuses.find((s) => s.statusCategory.key === 'done');
    if (issue === undefined || doneStatus === undefined) throw new Error('test data');
    const before = await createRollupStore().loadRollup('CORE');
    fake.updateIssue(issue.key, { status: doneStatus }, clock.now());
    await app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: issue.id, key: issue.key, fields: { project: { key: 'CORE' } } } });
    await expect(staleProjectKeys(pendingChangeStore)).resolves.toEqual(['CORE']);
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
    const after = await createRollupStore().loadRollup('CORE');
    expect(after?.refresh.mode).toBe('incremental');
    expect(after?.rollup.counts.done).toBe((before?.rollup.counts.done ?? 0) + 1);
    await expect(staleProjectKeys(pendingChangeStore)).resolves.toEqual([]);
  });

  it('drops a deleted issue on its delete event, with one Jira request for the whole sweep', async () => {
    const clock = createSimulatedClock(now);
    const app = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, clock });
    const fake = app.fake;
    if (fake === null) throw new Error('no fake');
    await app.fireDailySnapshot();
    await app.queue.drain();
    const before = await createRollupStore().loadRollup('CORE');
    const index = fake.site.issues.findIndex((i) => i.key.startsWith('CORE-') && i.fields.issuetype.name === 'Story');
    const [deleted] = fake.site.issues.splice(index, 1);
    if (deleted === undefined) throw new Error('the demo site has a CORE story');
    fake.resetTraffic();
    await app.deliverIssueEvent({ eventType: 'avi:jira:deleted:issue', issue: { id: deleted.id, key: deleted.key, fields: { project: { key: 'CORE' } } } });
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
    const after = await createRollupStore().loadRollup('CORE');
    expect(after?.rollup.counts.total).toBe((before?.rollup.counts.total ?? 0) - 1);
    expect(fake.traffic().total).toBe(1);
  });

  it('stops a project job before the time limit and finishes it in a re-queued job', async () => {
    const app = await createLocalApp({ site: generateDemoSite({ now, scale: 2500 }), dataDir: null, fakeOptions: { now: () => now } });
    const site = app.fake?.site;
    if (site === undefined) throw new Error('no fake');
    const body = { kind: 'project', projectKey: 'CORE', mode: 'full', requestedAt: now.toISOString() };
    // Less time left than the reserve: the job reads its first page, checkpoints, and queues the rest.
    await runInInvocation({ moduleKey: 'refresh-consumer', accountId: null, timeoutMs: REFRESH_TIME_RESERVE_MS - 1_000 }, () => refreshJob({ body }));
    const paused = await createRollupStore().loadRollup('CORE');
    expect(paused?.refresh).toMatchObject({ partial: true, itemCount: 100 });
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
    const finished = await createRollupStore().loadRollup('CORE');
    expect(finished?.refresh).toMatchObject({ partial: false, itemCount: issueCount(site, 'CORE') });
  });

  it('still drops a deleted issue when its incremental refresh runs out of time and continues in a re-queued job', async () => {
    const app = await createLocalApp({ site: generateDemoSite({ now, scale: 2500 }), dataDir: null, fakeOptions: { now: () => now } });
    const fake = app.fake;
    if (fake === null) throw new Error('no fake');
    await app.fireDailySnapshot();
    await app.queue.drain();
    const before = await createRollupStore().loadRollup('CORE');
    // More changed issues than one page holds, so the incremental read needs a second page.
    const changed = fake.site.issues.filter((i) => i.key.startsWith('CORE-')).slice(0, 150);
    for (const issue of changed) fake.updateIssue(issue.key, { summary: `${issue.fields.summary} (edited)` }, new Date());
    const index = fake.site.issues.findIndex((i) => i.key.startsWith('CORE-') && i.fields.issuetype.name === 'Story' && !changed.includes(i));
    const [deleted] = fake.site.issues.splice(index, 1);
    if (deleted === undefined) throw new Error('the demo site has a CORE story');
    const body = { kind: 'incremental', projectKey: 'CORE', requestedAt: now.toISOString(), removedIssueIds: [deleted.id] };
    await runInInvocation({ moduleKey: 'refresh-consumer', accountId: null, timeoutMs: REFRESH_TIME_RESERVE_MS - 1_000 }, () => refreshJob({ body }));
    await expect(createRefreshCheckpoints().loadCheckpoint('CORE')).resolves.not.toBeNull();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
    const after = await createRollupStore().loadRollup('CORE');
    expect(after?.refresh).toMatchObject({ mode: 'incremental', partial: false });
    expect(after?.rollup.counts.total).toBe((before?.rollup.counts.total ?? 0) - 1);
  });
});

import api, { route } from '@forge/api';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createSimulatedClock } from '../../../local/forge-runtime/create-simulated-clock';
import { demoHiddenProjectKey, demoUsers } from '../../../local/demo/demo-users';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = generateDemoSite({ now });

type Viewer = { ok: true; data: { displayName: string; isAdmin: boolean; projects: { key: string }[] } };

describe('the app run by the local Forge runtime, with the real SDKs against the Jira fake', () => {
  let app: LocalApp;
  beforeEach(async () => {
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
  });
  afterEach(() => app.close());

  const viewerAs = async (accountId: string) =>
    (await app.invokeResolver({
      functionKey: 'getViewer',
      payload: {},
      accountId,
      moduleKey: 'pmo-portfolio',
      extension: { type: 'jira:globalPage' },
    })) as Viewer;

  it.each([
    ['the PMO admin, a Jira administrator', demoUsers.admin.accountId, true],
    ['the executive, who is no administrator', demoUsers.executive.accountId, false],
  ])('tells %s apart by the ADMINISTER permission', async (_who, accountId, isAdmin) => {
    const answer = await viewerAs(accountId);
    expect(answer.ok).toBe(true);
    expect(answer.data.isAdmin).toBe(isAdmin);
  });

  it('shows the restricted user every project but the confidential one, as Jira does', async () => {
    const all = (await viewerAs(demoUsers.executive.accountId)).data.projects.map((p) => p.key);
    const restricted = (await viewerAs(demoUsers.restricted.accountId)).data.projects.map((p) => p.key);
    expect(all).toContain(demoHiddenProjectKey);
    expect(restricted).not.toContain(demoHiddenProjectKey);
    expect(restricted).toEqual(all.filter((k) => k !== demoHiddenProjectKey));
  });

  it('sends each resolver call as the invoking user (asUser), visible in the fake traffic', async () => {
    app.fake?.resetTraffic();
    await viewerAs(demoUsers.pm.accountId);
    const traffic = app.fake?.traffic();
    expect(traffic?.total).toBeGreaterThanOrEqual(3);
    expect(Object.keys(traffic?.byEndpoint ?? {}).join(' ')).toContain('/rest/api/3/myself');
  });

  it('rejects a function key the resolver does not define, as Forge does', async () => {
    await expect(
      app.invokeResolver({ functionKey: 'dropTables', payload: {}, accountId: demoUsers.admin.accountId, moduleKey: 'm', extension: {} }),
    ).rejects.toThrow(/no definition/);
  });

  it('refuses an invoke payload larger than Forge allows', async () => {
    await expect(
      app.invokeResolver({
        functionKey: 'getViewer',
        payload: { blob: 'x'.repeat(600 * 1024) },
        accountId: demoUsers.admin.accountId,
        moduleKey: 'm',
        extension: {},
      }),
    ).rejects.toThrow(/payload/);
  });

  it('refuses asUser outside a user invocation, as Forge refuses it in triggers', async () => {
    await expect(api.asUser().requestJira(route`/rest/api/3/myself`)).rejects.toThrow();
  });

  it('marks a project stale on an issue event, and the sweep the event queues clears the mark', async () => {
    const clock = createSimulatedClock(now);
    const timed = await createLocalApp({ site: generateDemoSite({ now }), dataDir: null, clock });
    const issue = site.issues[0];
    if (!issue) throw new Error('the demo site has issues');
    const projectKey = issue.key.split('-')[0] ?? '';
    await timed.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { id: issue.id, key: issue.key, fields: { project: { key: projectKey } } } });
    expect(timed.store.keys().some((k) => k.startsWith(`stale:${projectKey}:`))).toBe(true);
    await timed.queue.drain();
    expect(timed.queue.failures).toEqual([]);
    expect(timed.store.keys().some((k) => k.startsWith('stale:'))).toBe(false);
    await timed.close();
  });
});

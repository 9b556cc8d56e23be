import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { SiteFile } from '../../local/site/site-file-schema';
import type { Envelope } from '../../src/contract/envelope';
import type { StatusReportDto } from '../../src/contract/report-dto';

const now = new Date('2026-11-20T12:00:00.000Z');

/** The shared small site with, in this test's copy only, ALPHA-4's due date moved twice in the period. */
function siteWithDoubleMove(): SiteFile {
  const site = structuredClone(loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')));
  const alpha4 = site.issues.find((issue) => issue.key === 'ALPHA-4');
  if (alpha4 === undefined) throw new Error('no ALPHA-4');
  const move = (id: string, created: string, from: string, to: string) => ({
    id,
    author: { accountId: 'pm', displayName: 'Paul PM' },
    created,
    items: [{ field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from, fromString: from, to, toString: to }],
  });
  alpha4.changelog = {
    histories: [
      ...(alpha4.changelog?.histories ?? []),
      move('29001', '2026-11-05T10:00:00.000+0000', '2026-11-20', '2026-11-25'),
      move('29002', '2026-11-12T10:00:00.000+0000', '2026-11-25', '2026-12-01'),
    ],
  };
  return site;
}

describe('getStatusReport on the small hand-checked site, with ALPHA-4 moved twice', () => {
  let app: LocalApp;
  const reportAs = async (accountId: string, payload: unknown) =>
    (await app.invokeResolver({
      functionKey: 'getStatusReport',
      payload,
      accountId,
      moduleKey: 'executive-status-report',
      extension: { type: 'macro' },
    })) as Envelope<StatusReportDto>;
  const dataAs = async (accountId: string, payload: unknown) => {
    const answer = await reportAs(accountId, payload);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: siteWithDoubleMove(), dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it.each([
    ['the admin, whole portfolio', 'admin', { kind: 'portfolio' }, ['ALPHA', 'BETA', 'GAMMA'], 0],
    ["the restricted user, whole portfolio: GAMMA's 5 items are not shown", 'restricted', { kind: 'portfolio' }, ['ALPHA', 'BETA'], 5],
    [
      'the restricted user asking for GAMMA alone: nothing, and no count that would confirm GAMMA exists',
      'restricted',
      { kind: 'projects', keys: ['GAMMA'] },
      [],
      0,
    ],
    ['the admin, program Digital', 'admin', { kind: 'programs', names: ['Digital'] }, ['ALPHA', 'BETA'], 0],
    [
      "the restricted user, program Operations (GAMMA's alone): nothing, as for an unknown program",
      'restricted',
      { kind: 'programs', names: ['Operations'] },
      [],
      0,
    ],
  ])('reports to %s', async (_name, accountId, scope, keys, hidden) => {
    const { report } = await dataAs(accountId, { scope, period: '30d' });
    expect([report.projects.map((p) => p.key), report.hiddenCount]).toEqual([keys, hidden]);
  });

  it("shows the slip of ALPHA-4 from the changelog read as the user, with the original date of the period's start", async () => {
    const { report } = await dataAs('pm', { scope: { kind: 'portfolio' }, period: '30d' });
    expect(report.slipped.map(({ key, originalDue, currentDue, moves }) => ({ key, originalDue, currentDue, moves }))).toEqual([
      { key: 'ALPHA-4', originalDue: '2026-11-20', currentDue: '2026-12-01', moves: 2 },
    ]);
  });

  it('names nothing of GAMMA to the restricted user', async () => {
    const text = JSON.stringify(await dataAs('restricted', { scope: { kind: 'portfolio' }, period: '30d' }));
    expect(['GAMMA', 'Gamma', 'Operations', 'Vendor'].filter((word) => text.includes(word))).toEqual([]);
  });

  it('reads Jira as the user in few requests: the project list, one search and one changelog fetch (flags come with the stored items)', async () => {
    app.fake?.resetTraffic();
    await dataAs('exec', { scope: { kind: 'portfolio' }, period: '14d', sections: ['headline', 'slipped'] });
    const endpoints = app.fake?.traffic().byEndpoint ?? {};
    expect(Object.keys(endpoints).sort()).toEqual(['GET /rest/api/3/project/search', 'POST /rest/api/3/changelog/bulkfetch', 'POST /rest/api/3/search/jql']);
  });

  it('answers the chosen sections back', async () => {
    expect((await dataAs('exec', { scope: { kind: 'portfolio' }, period: '7d', sections: ['risks', 'headline'] })).sections).toEqual(['risks', 'headline']);
  });

  it.each([
    ['an unknown period', { scope: { kind: 'portfolio' }, period: '90d' }],
    ['an unknown section', { scope: { kind: 'portfolio' }, period: '7d', sections: ['gossip'] }],
    ['a program scope without names', { scope: { kind: 'programs', names: [] }, period: '7d' }],
    ['no payload', undefined],
  ])('refuses %s with BAD_REQUEST', async (_name, payload) => {
    expect(await reportAs('exec', payload)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

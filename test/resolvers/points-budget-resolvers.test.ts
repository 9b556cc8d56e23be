import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { Envelope } from '../../src/contract/envelope';
import type { FullRereadEstimateDto, PointsBudgetDto } from '../../src/contract/points-budget-dto';

const now = new Date('2026-11-20T12:00:00.000Z');
const admin = { moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } };
const portfolio = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };

/** The points budget resolvers on the small hand-checked site, through the real resolver and SDKs. */
describe('points budget resolvers', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, where = admin): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, ...where })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({
      site: loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')),
      dataDir: null,
      fakeOptions: { now: () => new Date(Date.now()) },
    });
    await app.fireDailySnapshot();
    await app.queue.drain();
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('answers Tier 1 by default, with what refresh spent (as Jira charged it) and what pages spent, to anyone', async () => {
    const chargedForRefresh = app.fake?.traffic().points.total;
    await ok(call('getPortfolio', 'exec', {}, portfolio));
    const budget = await ok(call<PointsBudgetDto>('getPointsBudget', 'exec', {}));
    expect(budget).toMatchObject({ setting: { tier: 'tier1' }, quotaPerHour: 65_000, sharedWithOtherSites: true, backgroundPerHour: 6_500, canEdit: false });
    expect(budget.today.refresh.points).toBeGreaterThan(0);
    expect(budget.today.pages.points).toBeGreaterThan(0);
    expect(budget.today.refresh.points).toBe(chargedForRefresh);
  });

  it.each([
    ['the PM', 'pm'],
    ['the executive', 'exec'],
  ])('refuses %s a change of tier, and stores nothing', async (_who, accountId) => {
    const answer = await call<PointsBudgetDto>('setPointsBudget', accountId, { setting: { tier: 'tier2', plan: 'standard', users: 1000 } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await ok(call<PointsBudgetDto>('getPointsBudget', 'admin', {}))).setting).toEqual({ tier: 'tier1' });
  });

  it.each([[{ tier: 'tier2', plan: 'standard', users: -1 }], [{ tier: 'custom', pointsPerHour: 10 }], [{ tier: 'tier3' }]])(
    'refuses a setting out of bounds: %j',
    async (setting) => {
      expect(await call('setPointsBudget', 'admin', { setting })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    },
  );

  it('lets the admin set Tier 2 Standard with 1,000 users: 110,000 an hour, 77,000 for refresh, audited', async () => {
    const budget = await ok(call<PointsBudgetDto>('setPointsBudget', 'admin', { setting: { tier: 'tier2', plan: 'standard', users: 1000 } }));
    expect(budget).toMatchObject({ quotaPerHour: 110_000, backgroundPerHour: 77_000, sharedWithOtherSites: false, canEdit: true });
    const log = await ok(call<{ entries: readonly { action: string; summary: string }[] }>('getAuditLog', 'admin', { limit: 5 }));
    expect(log.entries[0]).toMatchObject({
      action: 'points-budget.update',
      summary: 'Set the Jira points budget to Tier 2, Standard, 1,000 users (110,000 points an hour)',
    });
  });

  it('estimates a full reread from the stored counts for the admin only, and starts it when asked', async () => {
    expect(await call('estimateFullReread', 'pm', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const estimate = await ok(call<FullRereadEstimateDto>('estimateFullReread', 'admin', {}));
    const site = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));
    expect(estimate.projects).toBe(site.projects.length);
    expect(estimate.issues).toBe(site.issues.length);
    expect(estimate.points).toBe(site.issues.length + site.projects.length);
    app.fake?.resetTraffic();
    await ok(call<FullRereadEstimateDto>('requestFullReread', 'admin', {}));
    await app.queue.drain();
    // Every issue read again with its fields: the data's own cost and the day's fixed calls.
    expect(app.fake?.traffic().points.byEndpoint['POST /rest/api/3/search/jql']).toBe(estimate.points);
  });
});

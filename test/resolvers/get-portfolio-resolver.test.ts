import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { Envelope } from '../../src/contract/envelope';
import type { PortfolioDto } from '../../src/contract/portfolio-dto';

const now = new Date('2026-11-20T12:00:00.000Z');
const site = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));

describe('getPortfolio on the small hand-checked site (see test/fixtures/small-site.md)', () => {
  let app: LocalApp;
  const portfolioAs = async (accountId: string) => {
    const answer = (await app.invokeResolver({
      functionKey: 'getPortfolio',
      payload: {},
      accountId,
      moduleKey: 'pmo-portfolio',
      extension: { type: 'jira:globalPage' },
    })) as Envelope<PortfolioDto>;
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('shows the admin all three projects in two programs, with the hand-computed totals', async () => {
    const portfolio = await portfolioAs('admin');
    expect(portfolio.programs.map((p) => [p.name, p.projects.map((r) => r.rollup.project.key)])).toEqual([
      ['Digital', ['ALPHA', 'BETA']],
      ['Operations', ['GAMMA']],
    ]);
    expect(portfolio.totals.earnedValue.bac).toBe(180_000);
    expect(portfolio.totals.earnedValue.ac).toBe(125_000);
    expect(portfolio.notRefreshed).toEqual([]);
  });

  it('gives ALPHA its milestones as counted by hand: 3 in all, 1 done, 1 overdue, next ALPHA-8', async () => {
    const alpha = (await portfolioAs('admin')).programs[0]?.projects.find((p) => p.rollup.project.key === 'ALPHA');
    expect(alpha?.rollup.milestones).toMatchObject({ total: 3, done: 1, overdue: 1, next: { key: 'ALPHA-8', due: '2026-12-20' } });
    expect(alpha?.rollup.progress.byEstimate).toMatchObject({ done: 8, total: 18 });
  });

  it('leaves no trace of the hidden project for the restricted user: no row, name, key or count in totals', async () => {
    const portfolio = await portfolioAs('restricted');
    const text = JSON.stringify(portfolio);
    expect(text).not.toContain('GAMMA');
    expect(text).not.toContain('Gamma');
    expect(text).not.toContain('Operations');
    expect(portfolio.totals.projectKeys).toEqual(['ALPHA', 'BETA']);
    expect(portfolio.totals.earnedValue.bac).toBe(150_000);
    expect(portfolio.totals.earnedValue.ac).toBe(115_000);
    expect(portfolio.totals.progress.byEstimate).toMatchObject({ done: 13, total: 31 });
  });

  it("reads stored snapshots only: loading the page makes no issue search, only the viewer's project list", async () => {
    app.fake?.resetTraffic();
    await portfolioAs('exec');
    const endpoints = Object.keys(app.fake?.traffic().byEndpoint ?? {});
    expect(endpoints.filter((e) => /\/search\/(jql|approximate-count)|bulkfetch/.test(e))).toEqual([]);
    expect(endpoints).toContain('GET /rest/api/3/project/search');
  });

  it('queues one refresh for two quick requests, and reports progress until every project is refreshed', async () => {
    const request = () =>
      app.invokeResolver({ functionKey: 'requestRefresh', payload: {}, accountId: 'pm', moduleKey: 'pmo-portfolio', extension: {} }) as Promise<
        Envelope<{ queued: boolean; requestedAt: string }>
      >;
    const first = await request();
    const second = await request();
    expect(first).toMatchObject({ ok: true, data: { queued: true } });
    expect(second).toMatchObject({ ok: true, data: { queued: false } });
    await app.queue.drain();
    const portfolio = await portfolioAs('pm');
    expect(portfolio.refresh.pendingProjects).toBe(0);
  });
});

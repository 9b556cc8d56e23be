/**
 * Refreshes stopped mid-way, by running out of time or by a crash, resume from their checkpoint: no duplicate item,
 * no lost project, the same roll-ups as an uninterrupted run. Until then, and whenever issues could not be read,
 * the roll-up and the portfolio say the data is partial.
 */
import { demoUsers } from '../../../local/demo/demo-users';
import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import type { PortfolioDto } from '../../../src/contract/portfolio-dto';
import type { Envelope } from '../../../src/contract/envelope';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import type { RefreshProjectOutcome } from '../../../src/app/refresh-project';
import { recordMetric } from '../support/record-metric';
import { createFaultHarness, type FaultHarness } from './fault-harness';

const site = generateDemoSite({ now: new Date('2026-11-20T12:00:00.000Z'), scale: 2500 });
const SEARCH = 'POST /rest/api/3/search/jql';

jest.setTimeout(120_000);

/** A keepGoing that lets `pages` pages be read per call, then asks the refresh to stop. */
const pagesPerCall = (pages: number) => {
  let asked = 0;
  return () => (asked += 1) < pages;
};

/** Calls the refresh until it is done (at most 100 calls), each call stopped after `pages` pages. */
async function refreshInSlices(h: FaultHarness, pages: number): Promise<{ rollups: Record<string, ProjectRollup>; calls: number }> {
  const rollups: Record<string, ProjectRollup> = {};
  let calls = 0;
  for (const project of await h.projects()) {
    let outcome: RefreshProjectOutcome;
    do {
      outcome = await h.refresh(project, pagesPerCall(pages));
      calls += 1;
    } while (outcome.status === 'paused' && calls < 100);
    if (outcome.status !== 'done') throw new Error(`${project.key} never finished`);
    rollups[project.key] = outcome.rollup;
  }
  return { rollups, calls };
}

async function duplicatesIn(h: FaultHarness, keys: readonly string[]): Promise<number> {
  let duplicates = 0;
  for (const key of keys) {
    const items = (await h.workItems.loadProjectIssues(key)) ?? [];
    duplicates += items.length - new Set(items.map((i) => i.issueId)).size;
  }
  return duplicates;
}

async function portfolioAsAdmin(h: FaultHarness): Promise<PortfolioDto> {
  const answer = (await h.app.invokeResolver({
    functionKey: 'getPortfolio',
    payload: {},
    accountId: demoUsers.admin.accountId,
    moduleKey: 'pmo-portfolio',
    extension: {},
  })) as Envelope<PortfolioDto>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

const partialOf = (portfolio: PortfolioDto, key: string): boolean | undefined =>
  portfolio.programs.flatMap((p) => p.projects).find((p) => p.rollup.project.key === key)?.partial;

describe('refreshes stopped mid-way', () => {
  let clean: Record<string, ProjectRollup>;
  let scenarios = 0;
  let mismatches = 0;
  const scenario = async (check: () => Promise<void>): Promise<void> => {
    scenarios += 1;
    try {
      await check();
    } catch (error) {
      mismatches += 1;
      throw error;
    }
  };

  beforeAll(async () => {
    clean = (await refreshInSlices(await createFaultHarness({ site }), 1000)).rollups;
    expect(Object.keys(clean)).toHaveLength(site.projects.length);
  });
  afterAll(() => {
    recordMetric('faults', 'resume-after-kill', { scenarios, mismatches });
  });

  it.each([
    ['one page', 1, {}],
    ['two pages', 2, {}],
    ['one page, under 429s, 5xx and resets', 1, { rateLimitRate: 0.1, retryAfterSeconds: 0, serverErrorRate: 0.1, connectionResetRate: 0.05, seed: 23 }],
  ])('resumes refreshes stopped after every %s to the uninterrupted roll-ups, no item twice, no project lost', async (_name, pages, faults) => {
    await scenario(async () => {
      const h = await createFaultHarness({ site, faults });
      const { rollups, calls } = await refreshInSlices(h, pages);
      expect(calls).toBeGreaterThan(site.projects.length);
      expect(rollups).toEqual(clean);
      expect(await duplicatesIn(h, Object.keys(clean))).toBe(0);
      expect(h.app.store.keys().filter((k) => k.includes('checkpoint'))).toEqual([]);
      for (const key of Object.keys(clean)) expect((await h.rollups.loadRollup(key))?.refresh.partial).toBe(false);
    });
  });

  it('resumes from the last checkpoint after a crash, reading only the pages after it', async () => {
    await scenario(async () => {
      let killed = false;
      const h = await createFaultHarness({
        site,
        wrap: (requester) => ({
          requestJira: (route, init) => (killed ? Promise.reject(new Error('the invocation was killed')) : requester.requestJira(route, init)),
        }),
      });
      const project = (await h.projects()).find((p) => p.key === 'CORE');
      if (project === undefined) throw new Error('the demo site has CORE');
      // Out of time after two pages: a checkpoint with 200 items.
      expect(await h.refresh(project, pagesPerCall(2))).toMatchObject({ status: 'paused', issuesRead: 200 });
      // The next invocation crashes after one more page, before it could store anything.
      let asked = 0;
      const crashing = h.refresh(project, () => {
        asked += 1;
        killed = asked >= 1;
        return true;
      });
      await expect(crashing).rejects.toThrow(/killed/);
      killed = false;
      h.fake.resetTraffic();
      const resumed = await h.refresh(project);
      expect(resumed.status).toBe('done');
      if (resumed.status !== 'done') return;
      expect(resumed.rollup).toEqual(clean['CORE']);
      const pages = Math.ceil(site.issues.filter((i) => i.key.startsWith('CORE-')).length / 100);
      expect(h.fake.traffic().byEndpoint[SEARCH]).toBe(pages - 2);
      expect(await duplicatesIn(h, ['CORE'])).toBe(0);
    });
  });

  it('marks a first refresh stopped mid-way as partial on the roll-up and the portfolio, until it completes', async () => {
    await scenario(async () => {
      const h = await createFaultHarness({ site });
      const project = (await h.projects()).find((p) => p.key === 'CORE');
      if (project === undefined) throw new Error('the demo site has CORE');
      expect(await h.refresh(project, pagesPerCall(1))).toMatchObject({ status: 'paused' });
      expect((await h.rollups.loadRollup('CORE'))?.refresh).toMatchObject({ partial: true, itemCount: 100 });
      expect(partialOf(await portfolioAsAdmin(h), 'CORE')).toBe(true);
      let outcome: RefreshProjectOutcome;
      do outcome = await h.refresh(project, pagesPerCall(5));
      while (outcome.status === 'paused');
      expect(partialOf(await portfolioAsAdmin(h), 'CORE')).toBe(false);
    });
  });

  it('marks a roll-up partial when an issue could not be read, and says so on the portfolio', async () => {
    await scenario(async () => {
      const broken = structuredClone(site);
      const victim = broken.issues.find((i) => i.key.startsWith('CORE-'));
      if (victim === undefined) throw new Error('the demo site has CORE issues');
      // Jira answers an issue without a readable summary: the roll-up cannot take it in.
      Reflect.set(victim.fields, 'summary', null);
      const h = await createFaultHarness({ site: broken });
      const project = (await h.projects()).find((p) => p.key === 'CORE');
      if (project === undefined) throw new Error('the demo site has CORE');
      const outcome = await h.refresh(project);
      expect(outcome).toMatchObject({ status: 'done', refresh: { partial: true, skippedIssues: 1 } });
      expect(partialOf(await portfolioAsAdmin(h), 'CORE')).toBe(true);
    });
  });
});

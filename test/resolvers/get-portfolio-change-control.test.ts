import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { Envelope } from '../../src/contract/envelope';
import type { PortfolioDto, PortfolioProjectDto } from '../../src/contract/portfolio-dto';

const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');
const site = loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json'));

describe('getPortfolio: change control per project on the small hand-checked site (see test/fixtures/small-site.md)', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, extension: Record<string, unknown>): Promise<T> => {
    const answer = (await app.invokeResolver({ functionKey, payload, accountId, moduleKey: 'pmo-portfolio', extension })) as Envelope<T>;
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };
  const projectsAs = async (accountId: string): Promise<Record<string, PortfolioProjectDto>> => {
    const portfolio = await call<PortfolioDto>('getPortfolio', accountId, {}, { type: 'jira:globalPage' });
    return Object.fromEntries(portfolio.programs.flatMap((program) => program.projects.map((p) => [p.rollup.project.key, p])));
  };
  const refresh = async () => {
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => new Date(jest.now()) } });
    await refresh();
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('carries each project its change control from the refresh: no approved baseline yet, nothing slipped, nothing pending', async () => {
    const alpha = (await projectsAs('exec'))['ALPHA'];
    expect(alpha?.changeControl).toMatchObject({ baselineVersion: null, pending: 0, uncontrolledSlips: 0, slips: [] });
  });

  describe("once ALPHA's plan is approved and its next milestone then moves with no change request", () => {
    beforeAll(async () => {
      await call('approveBaseline', 'pm', { projectKey: 'ALPHA', expectedVersion: 0 }, { type: 'jira:projectPage', project: { key: 'ALPHA' } });
      jest.setSystemTime(at('13:00'));
      app.fake?.updateIssue('ALPHA-8', { duedate: '2027-01-03' }, at('13:00'), 'dev');
      jest.setSystemTime(at('14:00'));
      await refresh();
    });

    it('shows ALPHA v1 with one uncontrolled slip: ALPHA-8, approved 2026-12-20, now 2027-01-03, 14 days late', async () => {
      const alpha = (await projectsAs('exec'))['ALPHA'];
      expect(alpha?.changeControl).toMatchObject({
        baselineVersion: 1,
        uncontrolledSlips: 1,
        slips: [{ itemKey: 'ALPHA-8', kind: 'milestone', approvedDue: '2026-12-20', currentDue: '2027-01-03', daysLate: 14 }],
      });
    });

    it("sums the slip into ALPHA's program and the portfolio, over the projects the viewer may browse", async () => {
      const portfolio = await call<PortfolioDto>('getPortfolio', 'restricted', {}, { type: 'jira:globalPage' });
      expect(portfolio.totals.changeControl).toMatchObject({ baselinedProjects: 1, uncontrolledSlips: 1 });
      expect(portfolio.programs.map((program) => [program.name, program.aggregate.changeControl?.uncontrolledSlips])).toEqual([['Digital', 1]]);
      expect(portfolio.totals.changeControl?.projects).toBe(portfolio.totals.projectKeys.length);
      expect(JSON.stringify(portfolio)).not.toContain('GAMMA');
    });
  });
});

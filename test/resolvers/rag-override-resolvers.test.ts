import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { PortfolioDto } from '../../src/contract/portfolio-dto';
import type { RagOverridesDto } from '../../src/contract/rag-override-dto';
import type { StatusReportDto } from '../../src/contract/report-dto';

const now = new Date('2026-11-20T12:00:00.000Z');
const page = { moduleKey: 'raid-project-page', extension: { type: 'jira:projectPage', project: { key: 'ALPHA' } } };
const costAmber = { projectKey: 'ALPHA', target: 'cost', rag: 'amber', reason: 'Change request CR-12 approved: budget raised', expiresOn: '2026-12-15' };

/** Colours set by hand on the small site's ALPHA (computed: cost red, overall red), as the admin, then read everywhere. */
describe('manual colour overrides', () => {
  let app: LocalApp;
  const call = async <T>(
    functionKey: string,
    accountId: string,
    payload: unknown,
    where: { moduleKey: string; extension: Record<string, unknown> } = page,
  ): Promise<Envelope<T>> => (await app.invokeResolver({ functionKey, payload, accountId, ...where })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };
  const portfolioAlpha = async () => {
    const portfolio = await ok(call<PortfolioDto>('getPortfolio', 'exec', {}, { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } }));
    return portfolio.programs.flatMap((program) => program.projects).find((project) => project.rollup.project.key === 'ALPHA')?.rollup;
  };
  const overrideKeys = () => app.store.keys().filter((key) => key.startsWith('rag-override:'));

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')), dataDir: null, fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('shows the computed colours, no override, and who may edit', async () => {
    const [asAdmin, asExec] = await Promise.all([
      ok(call<RagOverridesDto>('getRagOverrides', 'admin', { projectKey: 'ALPHA' })),
      ok(call<RagOverridesDto>('getRagOverrides', 'exec', { projectKey: 'ALPHA' })),
    ]);
    expect([asAdmin.computed.cost.rag, asAdmin.computed.overall.rag, asAdmin.overrides, asAdmin.canEdit, asExec.canEdit]).toEqual([
      'red',
      'red',
      [],
      true,
      false,
    ]);
  });

  it.each([
    ['the executive', 'exec', costAmber, 'FORBIDDEN'],
    ['the admin, a reason too short', 'admin', { ...costAmber, reason: 'because' }, 'BAD_REQUEST'],
    ['the admin, an expiry in the past', 'admin', { ...costAmber, expiresOn: '2026-11-19' }, 'BAD_REQUEST'],
    ['the admin, an expiry beyond 90 days', 'admin', { ...costAmber, expiresOn: '2027-03-01' }, 'BAD_REQUEST'],
    ['the admin, grey (a judgement is never "no data")', 'admin', { ...costAmber, rag: 'grey' }, 'BAD_REQUEST'],
    ['the restricted user, on a project they cannot browse', 'restricted', { ...costAmber, projectKey: 'GAMMA' }, 'FORBIDDEN'],
  ])('refuses %s and stores nothing', async (_name, accountId, payload, code) => {
    expect(await call('setRagOverride', accountId, payload)).toMatchObject({ ok: false, error: { code } });
    expect(overrideKeys()).toEqual([]);
  });

  describe("once the admin sets ALPHA's cost to amber", () => {
    let set: RagOverridesDto;
    beforeAll(async () => {
      set = await ok(call<RagOverridesDto>('setRagOverride', 'admin', costAmber));
    });

    it('answers the override in force, naming who set it', () => {
      expect(set.overrides).toEqual([{ ...costAmber, setBy: { accountId: 'admin', displayName: 'Ada Admin' }, setAt: now.toISOString() }]);
    });

    it('shows amber cost on the portfolio, with the reason and the computed colour, while overall stays red', async () => {
      const alpha = await portfolioAlpha();
      expect([
        alpha?.rag.cost.rag,
        alpha?.rag.cost.reason.startsWith('Set to Amber by Ada Admin until 2026-12-15: Change request CR-12 approved: budget raised (computed: Red,'),
        alpha?.overall.rag,
      ]).toEqual(['amber', true, 'red']);
    });

    it('shows it in the status report too', async () => {
      const { report } = await ok(
        call<StatusReportDto>(
          'getStatusReport',
          'exec',
          { scope: { kind: 'projects', keys: ['ALPHA'] }, period: '7d' },
          { moduleKey: 'executive-status-report', extension: { type: 'macro' } },
        ),
      );
      expect(report.projects[0]?.rag.cost.rag).toBe('amber');
    });

    it('records the change in the audit log', async () => {
      const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 5 }, { moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } }));
      expect(log.entries[0]).toMatchObject({ action: 'rag-override.set', target: 'ALPHA', before: null, after: { target: 'cost', rag: 'amber' } });
    });

    it('lets the computed colour show again after the last day', async () => {
      jest.setSystemTime(new Date('2026-12-16T00:00:00.000Z'));
      try {
        expect((await portfolioAlpha())?.rag.cost.rag).toBe('red');
      } finally {
        jest.setSystemTime(now);
      }
    });

    it('is refused to the executive to clear, and cleared by the admin, audited', async () => {
      expect(await call('clearRagOverride', 'exec', { projectKey: 'ALPHA', target: 'cost' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const cleared = await ok(call<RagOverridesDto>('clearRagOverride', 'admin', { projectKey: 'ALPHA', target: 'cost' }));
      expect([cleared.overrides, (await portfolioAlpha())?.rag.cost.rag, overrideKeys()]).toEqual([[], 'red', []]);
      expect(await call('clearRagOverride', 'admin', { projectKey: 'ALPHA', target: 'cost' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });
  });

  it('sets the overall colour over the dimensions', async () => {
    await ok(call('setRagOverride', 'admin', { ...costAmber, target: 'overall', rag: 'green', reason: 'Recovery plan agreed with the sponsor' }));
    expect((await portfolioAlpha())?.overall).toMatchObject({
      rag: 'green',
      reason: expect.stringContaining('Recovery plan agreed with the sponsor') as unknown,
    });
  });
});

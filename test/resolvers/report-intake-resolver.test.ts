import { z } from 'zod';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import type { Envelope } from '../../src/contract/envelope';
import type { StatusReportDto } from '../../src/contract/report-dto';
import type { FrozenReportDto } from '../../src/contract/report-frozen-dto';
import type { FrozenReportSummary } from '../../src/domain/report/frozen-report';
import type { ReportIntake } from '../../src/domain/report/report-intake';
import { jestSystemClock } from '../support/jest-system-clock';
import { siteWithIntake } from './builders/site-with-intake';

const at = (day: string) => new Date(`2026-11-${day}T12:00:00.000Z`);
const now = at('20');
const macro = { moduleKey: 'executive-status-report', extension: { type: 'macro' } };

describe('the status report’s intake section, through the real SDKs, the Jira fake and the stored intake', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, page = macro): Promise<T> => {
    const answer = (await app.invokeResolver({ functionKey, payload, accountId, ...page })) as Envelope<T>;
    if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };
  const portfolioPage = { moduleKey: 'pmo-portfolio', extension: { type: 'jira:globalPage' } };
  const intakeAs = async (accountId: string, scope: unknown = { kind: 'portfolio' }): Promise<ReportIntake> => {
    const { report } = await call<StatusReportDto>('getStatusReport', accountId, { scope, period: '7d' });
    if (report.intake === undefined) throw new Error('the report has no intake section');
    return report.intake;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: siteWithIntake(), dataDir: null, clock: jestSystemClock(), fakeOptions: { now: () => now } });
    await app.fireDailySnapshot();
    await app.queue.drain();
    const settings = { projectKeys: ['IDEA', 'GAMMA'], issueTypes: ['Proposal'], labels: [], modelId: 'wsjf' };
    await call('saveIntakeSettings', 'admin', { settings }, portfolioPage);
    // IDEA-2 is deferred on 10 November, before the last 7 days; IDEA-1 and GAMMA-6 are rejected on the 19th, inside them.
    jest.setSystemTime(at('10'));
    await call('decideProposal', 'pm', { proposalKey: 'IDEA-2', stage: 'deferred', reason: 'After the platform upgrade', expectedVersion: 0 }, portfolioPage);
    jest.setSystemTime(at('19'));
    await call('decideProposal', 'pm', { proposalKey: 'IDEA-1', stage: 'rejected', reason: 'Covered by the new portal', expectedVersion: 0 }, portfolioPage);
    await call('decideProposal', 'admin', { proposalKey: 'GAMMA-6', stage: 'rejected', reason: 'Vendor contract renewed', expectedVersion: 0 }, portfolioPage);
    jest.setSystemTime(now);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('lists the proposals decided in the period with who, when and why, and not the one decided before it', async () => {
    const intake = await intakeAs('exec');
    expect(intake.decided.map((d) => [d.key, d.stage, d.by, d.decidedAt, d.reason])).toEqual([
      ['GAMMA-6', 'rejected', 'Ada Admin', '2026-11-19T12:00:00.000Z', 'Vendor contract renewed'],
      ['IDEA-1', 'rejected', 'Paul PM', '2026-11-19T12:00:00.000Z', 'Covered by the new portal'],
    ]);
    expect(intake.waiting.map((w) => [w.rank, w.key, w.breakdown])).toEqual([
      [3, 'IDEA-3', 'WSJF 6.5 = (5 + 3 + 5) / 2'],
      [null, 'IDEA-4', 'WSJF not scored: missing Job Size'],
    ]);
  });

  it.each([
    ['the whole portfolio', { kind: 'portfolio' }, ['IDEA-1']],
    // IDEA-1 is in Digital, so a report on Operations holds none of the decisions the restricted user may see.
    ['the program Operations, which holds GAMMA', { kind: 'programs', names: ['Operations'] }, []],
    ['ALPHA named alone', { kind: 'projects', keys: ['ALPHA'] }, ['IDEA-1']],
  ])('leaves the restricted user no trace of the proposal in GAMMA, which they may not browse, asking for %s', async (_name, scope, decided) => {
    const intake = await intakeAs('restricted', scope);
    expect(JSON.stringify(intake)).not.toMatch(/GAMMA|Gamma|Vendor|Operations|Ada Admin/u);
    expect(intake.decided.map((d) => d.key)).toEqual(decided);
    expect(intake.intakeProjects).toEqual(['IDEA']);
  });

  it('shows a reader who may browse no intake project that intake is not set up, with no proposal', async () => {
    const intake = await intakeAs('dev');
    expect([intake.intakeProjects, intake.decided, intake.waiting, intake.waitingCount]).toEqual([[], [], [], 0]);
    expect(JSON.stringify(intake)).not.toMatch(/IDEA|GAMMA/u);
  });

  it.each([
    ['the program Digital, named in capitals', { kind: 'programs', names: ['DIGITAL'] }, ['Digital']],
    // GAMMA, Operations' only project, is an intake project: its proposals are no delivery work, so it has no row.
    ['the program Operations', { kind: 'programs', names: ['Operations'] }, []],
    ['ALPHA named alone (every program)', { kind: 'projects', keys: ['ALPHA'] }, ['Digital']],
  ])('limits the heat map to the programs of %s', async (_name, scope, programs) => {
    expect((await intakeAs('exec', scope)).capacity.rows.map((row) => row.program)).toEqual(programs);
  });

  it('adds no Jira request: the projects are asked for once, and no permission or search for intake', async () => {
    app.fake?.resetTraffic();
    await intakeAs('exec');
    const byEndpoint = app.fake?.traffic().byEndpoint ?? {};
    expect(byEndpoint['GET /rest/api/3/project/search']).toBe(1);
    expect(Object.keys(byEndpoint).filter((endpoint) => /mypermissions|permissions\/check/u.test(endpoint))).toEqual([]);
  });

  it('freezes the intake it showed, so a reader who may not browse GAMMA cannot open a copy naming GAMMA-6', async () => {
    const published = await call<FrozenReportSummary>('publishStatusReport', 'exec', { scope: { kind: 'projects', keys: ['ALPHA'] }, period: '7d' });
    expect(published.projectKeys).toEqual(expect.arrayContaining(['ALPHA', 'IDEA', 'GAMMA']));
    const opened = await call<FrozenReportDto>('getFrozenReport', 'exec', { id: published.id });
    expect(opened.frozen.report.intake?.decided.map((d) => d.key)).toEqual(['GAMMA-6', 'IDEA-1']);
    const refused = (await app.invokeResolver({
      functionKey: 'getFrozenReport',
      payload: { id: published.id },
      accountId: 'restricted',
      ...macro,
    })) as Envelope<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('opens a copy frozen before reports held intake, without the section and with the sections it had', async () => {
    const published = await call<FrozenReportSummary>('publishStatusReport', 'pm', { scope: { kind: 'portfolio' }, period: '7d' });
    const key = app.store.keys().find((k) => k.startsWith('frozen-report:') && k.endsWith(published.id));
    if (key === undefined) throw new Error('the frozen copy was not stored');
    const storedSchema = z.object({
      value: z.looseObject({ request: z.looseObject({ sections: z.array(z.string()) }), report: z.record(z.string(), z.unknown()) }),
    });
    const { value } = storedSchema.parse(await (await app.store.handle('/api/v1/get', JSON.stringify({ key }))).json());
    const olderReport = { ...value.report };
    Reflect.deleteProperty(olderReport, 'intake');
    const olderSections = value.request.sections.filter((section) => section !== 'intake');
    await app.store.handle(
      '/api/v1/set',
      JSON.stringify({ key, value: { ...value, request: { ...value.request, sections: olderSections }, report: olderReport } }),
    );
    const opened = await call<FrozenReportDto>('getFrozenReport', 'pm', { id: published.id });
    expect([opened.frozen.report.intake, opened.frozen.request.sections.includes('intake'), opened.frozen.report.title]).toEqual([
      undefined,
      false,
      value.report.title,
    ]);
  });
});

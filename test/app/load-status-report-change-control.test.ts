import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import type { Envelope } from '../../src/contract/envelope';
import type { StatusReportDto } from '../../src/contract/report-dto';
import type { ReportChangeControl } from '../../src/domain/report/report-change-control';
import { siteWithChangeRequests } from './builders/site-with-change-requests';

const at = (time: string) => new Date(`2026-11-20T${time}:00.000Z`);
const now = at('12:00');

describe('the status report’s change control, through the real SDKs, the Jira fake and the stored roll-ups', () => {
  let app: LocalApp;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, module = 'raid-project-page'): Promise<T> => {
    const extension = module === 'executive-status-report' ? { type: 'macro' } : { type: 'jira:projectPage', project: { key: 'ALPHA' } };
    const answer = (await app.invokeResolver({ functionKey, payload, accountId, moduleKey: module, extension })) as Envelope<T>;
    if (!answer.ok) throw new Error(`${functionKey}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };
  const changeControlAs = async (accountId: string, scope: unknown = { kind: 'portfolio' }): Promise<ReportChangeControl> => {
    const { report } = await call<StatusReportDto>('getStatusReport', accountId, { scope, period: '30d' }, 'executive-status-report');
    if (report.changeControl === undefined) throw new Error('the report has no change control');
    return report.changeControl;
  };

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({ site: siteWithChangeRequests(), dataDir: null, fakeOptions: { now: () => now } });
    await call('approveBaseline', 'pm', { projectKey: 'ALPHA', expectedVersion: 0 });
    await call('approveBaseline', 'admin', { projectKey: 'GAMMA', expectedVersion: 0 });
    // ALPHA-8 moves from 2026-12-20 to 2026-12-30, which ALPHA-13 (+10 days) covers, then to 2027-01-08 with no approval.
    app.fake?.updateIssue('ALPHA-8', { duedate: '2026-12-30' }, at('13:00'), 'dev');
    jest.setSystemTime(at('13:30'));
    await call('decideChange', 'pm', { changeKey: 'ALPHA-13', outcome: 'approved', expectedVersion: 0 });
    app.fake?.updateIssue('ALPHA-8', { duedate: '2027-01-08' }, at('14:00'), 'exec');
    jest.setSystemTime(at('14:30'));
    await call('decideChange', 'pm', { changeKey: 'ALPHA-14', outcome: 'rejected', expectedVersion: 0, reason: 'Tablet support is not funded this year' });
    await call('decideChange', 'admin', { changeKey: 'GAMMA-6', outcome: 'deferred', expectedVersion: 0, reason: 'After the vendor review' });
    jest.setSystemTime(at('15:00'));
    await app.fireDailySnapshot();
    await app.queue.drain();
    expect(app.queue.failures).toEqual([]);
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it('counts, per project, the changes decided in the period with the approved effect, and the pending one with its age', async () => {
    const control = await changeControlAs('exec');
    expect(
      control.projects.map((line) => [
        line.projectKey,
        line.baselineVersion,
        line.decided,
        line.approvedDays,
        line.approvedCost,
        line.pending,
        line.oldestPendingDays,
      ]),
    ).toEqual([
      ['ALPHA', 2, { approved: 1, rejected: 1, deferred: 0 }, 10, 20_000, 1, 10],
      ['BETA', null, { approved: 0, rejected: 0, deferred: 0 }, 0, 0, 0, null],
      ['GAMMA', 1, { approved: 0, rejected: 0, deferred: 1 }, 0, 0, 0, null],
    ]);
    expect([control.total.decided, control.total.pending, control.total.approvedCost]).toEqual([{ approved: 1, rejected: 1, deferred: 1 }, 1, 20_000]);
  });

  it('lists the decisions made, who made them and when, the RAID decision among them, latest first (by key at the same time)', async () => {
    const control = await changeControlAs('exec');
    expect(control.decisions.map((d) => [d.key, d.what, d.by, d.at])).toEqual([
      ['ALPHA-14', 'Change rejected', 'Paul PM', '2026-11-20T14:30:00.000Z'],
      ['GAMMA-6', 'Change deferred', 'Ada Admin', '2026-11-20T14:30:00.000Z'],
      ['ALPHA-13', 'Change approved (+10 days, +20,000 budget)', 'Paul PM', '2026-11-20T13:30:00.000Z'],
      ['ALPHA-16', 'Decision logged (Done)', 'Dev Dana', '2026-11-18T09:00:00.000+0000'],
    ]);
  });

  it('shows ALPHA-8 19 days past the original baseline and 9 past the current one, and the budget against both', async () => {
    const control = await changeControlAs('exec');
    expect(control.dateVariance.filter((d) => d.itemKey === 'ALPHA-8')).toEqual([
      {
        projectKey: 'ALPHA',
        itemKey: 'ALPHA-8',
        summary: 'Hypercare exit',
        originalDue: '2026-12-20',
        approvedDue: '2026-12-30',
        currentDue: '2027-01-08',
        daysVsOriginal: 19,
        daysVsApproved: 9,
      },
    ]);
    expect(control.budgetVariance.find((b) => b.projectKey === 'ALPHA')).toMatchObject({
      original: 100_000,
      approved: 120_000,
      current: 100_000,
      vsOriginal: 0,
      vsApproved: -20_000,
    });
  });

  it('takes the uncontrolled slip from ALPHA’s stored roll-up, or says it is not computed yet, never zero', async () => {
    const control = await changeControlAs('exec');
    const alpha = control.slipsNotComputed.includes('ALPHA')
      ? 'not computed yet'
      : control.uncontrolled.filter((slip) => slip.projectKey === 'ALPHA').map((slip) => [slip.itemKey, slip.approvedDue, slip.currentDue, slip.daysLate]);
    expect([[['ALPHA-8', '2026-12-30', '2027-01-08', 9]], 'not computed yet']).toContainEqual(alpha);
    expect(control.projects.find((line) => line.projectKey === 'ALPHA')?.uncontrolledSlips).not.toBe(0);
  });

  it.each([
    ['the whole portfolio', { kind: 'portfolio' }],
    ['GAMMA named alone', { kind: 'projects', keys: ['GAMMA'] }],
  ])('leaves no trace of GAMMA’s change control for the restricted user asking for %s', async (_name, scope) => {
    const control = await changeControlAs('restricted', scope);
    expect(JSON.stringify(control)).not.toMatch(/GAMMA|Gamma|vendor|Ada Admin/u);
    expect(control.total.decided.deferred).toBe(0);
  });
});

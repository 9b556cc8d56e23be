import { resolve } from 'node:path';
import { createLocalApp, type LocalApp } from '../../local/forge-runtime/create-local-app';
import { loadSiteFile } from '../../local/site/load-site-file';
import { jestSystemClock } from '../support/jest-system-clock';
import { SWEEP_TIMING } from '../../src/domain/refresh/sweep-timing';
import type { AuditLogDto } from '../../src/contract/audit-log-dto';
import type { BaselineDto, BaselineListDto } from '../../src/contract/baseline-dto';
import type { Envelope } from '../../src/contract/envelope';
import type { StatusReportDto } from '../../src/contract/report-dto';
import type { FrozenReportDto } from '../../src/contract/report-frozen-dto';
import type { FrozenReportSummary } from '../../src/domain/report/frozen-report';

const now = new Date('2026-11-20T12:00:00.000Z');
const later = new Date('2026-11-20T15:00:00.000Z');
const admin = { moduleKey: 'governance-admin', extension: { type: 'jira:adminPage' } };
const macro = { moduleKey: 'executive-status-report', extension: { type: 'macro' } };

/** Baselines on the small hand-checked site: taken as the admin at noon, reported on three hours later. */
describe('baseline resolvers and reports since a baseline', () => {
  let app: LocalApp;
  let gate: BaselineDto;
  const call = async <T>(functionKey: string, accountId: string, payload: unknown, where = admin): Promise<Envelope<T>> =>
    (await app.invokeResolver({ functionKey, payload, accountId, ...where })) as Envelope<T>;
  const ok = async <T>(answer: Promise<Envelope<T>>): Promise<T> => {
    const settled = await answer;
    if (!settled.ok) throw new Error(`${settled.error.code}: ${settled.error.message}`);
    return settled.data;
  };
  const baselineKeys = () => app.store.keys().filter((key) => key.startsWith('baseline'));

  beforeAll(async () => {
    jest.useFakeTimers({ now, doNotFake: ['setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'clearTimeout'] });
    app = await createLocalApp({
      site: loadSiteFile(resolve(__dirname, '..', 'fixtures', 'small-site.json')),
      dataDir: null,
      clock: jestSystemClock(),
      fakeOptions: { now: () => jestNow() },
    });
    await app.fireDailySnapshot();
    await app.queue.drain();
    gate = await ok(call<BaselineDto>('takeBaseline', 'admin', { name: '  Gate 2 ' }));
    // After the baseline, ALPHA-4's due date moves twice and the refresh reads it.
    jest.setSystemTime(new Date('2026-11-20T13:00:00.000Z'));
    app.fake?.updateIssue('ALPHA-4', { duedate: '2026-12-10' }, new Date('2026-11-20T13:00:00.000Z'), 'pm');
    app.fake?.updateIssue('ALPHA-4', { duedate: '2026-12-20' }, new Date('2026-11-20T14:00:00.000Z'), 'pm');
    // One change waits SWEEP_TIMING.maxWaitMs for others to gather: the sweep it queues reads it at `later`.
    jest.setSystemTime(later.getTime() - SWEEP_TIMING.maxWaitMs);
    await app.deliverIssueEvent({ eventType: 'avi:jira:updated:issue', issue: { key: 'ALPHA-4', fields: { project: { key: 'ALPHA' } } } });
    await app.queue.drain();
  });
  afterAll(async () => {
    await app.close();
    jest.useRealTimers();
  });

  it.each([
    ['tidies the name', () => gate.name, 'Gate 2'],
    ['stands for the moment it was taken', () => [gate.startsAt, gate.takenAt, gate.fromDay], ['2026-11-20T12:00:00.000Z', '2026-11-20T12:00:00.000Z', null]],
    ['names who took it', () => gate.takenBy, { accountId: 'admin', displayName: 'Ada Admin' }],
    ['counts the projects the admin may browse', () => gate.visibleProjectCount, 3],
  ])('takes a baseline as the admin: %s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  it.each([
    ['the PM', 'pm', { name: 'Sneaky' }, 'FORBIDDEN'],
    ['the executive', 'exec', { name: 'Sneaky' }, 'FORBIDDEN'],
    ['the admin, a name already taken (case and spacing aside)', 'admin', { name: 'gate   2' }, 'CONFLICT'],
    ['the admin, an empty name', 'admin', { name: '   ' }, 'BAD_REQUEST'],
    ['the admin, a day with no snapshot on or before it', 'admin', { name: 'Last week', day: '2026-11-13' }, 'BAD_REQUEST'],
    ['the admin, today as an earlier day', 'admin', { name: 'Today', day: '2026-11-20' }, 'BAD_REQUEST'],
    ['the admin, a day in another form', 'admin', { name: 'Odd day', day: '20/11/2026' }, 'BAD_REQUEST'],
  ])('refuses %s and stores nothing', async (_name, accountId, payload, code) => {
    const before = baselineKeys();
    const answer = await call('takeBaseline', accountId, payload);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(baselineKeys()).toEqual(before);
  });

  it('says in words why a day with no snapshot cannot be baselined', async () => {
    expect(await call('takeBaseline', 'admin', { name: 'Last week', day: '2026-11-13' })).toMatchObject({
      ok: false,
      error: { message: 'There is nothing to baseline: no project has a snapshot from 2026-11-13 or before.' },
    });
  });

  it.each([
    ['the admin', 'admin', 3],
    ['the restricted user, who may not browse GAMMA', 'restricted', 2],
  ])('lists the baseline to %s with the projects they may browse counted', async (_name, accountId, count) => {
    const list = await ok(call<BaselineListDto>('listBaselines', accountId, {}, macro));
    expect(list.baselines.map((b) => [b.name, b.visibleProjectCount])).toEqual([['Gate 2', count]]);
    expect(JSON.stringify(list)).not.toContain('GAMMA');
  });

  describe('a report since the baseline', () => {
    const report = (accountId: string) =>
      ok(call<StatusReportDto>('getStatusReport', accountId, { scope: { kind: 'portfolio' }, period: { baselineId: gate.id } }, macro));

    it('runs from the baseline to now and names it', async () => {
      expect((await report('pm')).report.period).toEqual({
        kind: 'since-baseline',
        baseline: { id: gate.id, name: 'Gate 2' },
        start: '2026-11-20T12:00:00.000Z',
        end: later.toISOString(),
      });
    });

    it('shows the date ALPHA-4 had at the baseline through both moves', async () => {
      const slipped = (await report('pm')).report.slipped.map(({ key, originalDue, currentDue, moves }) => ({ key, originalDue, currentDue, moves }));
      expect(slipped).toEqual([{ key: 'ALPHA-4', originalDue: '2026-12-01', currentDue: '2026-12-20', moves: 2 }]);
    });

    it('compares each project with its roll-up in the baseline', async () => {
      const trends = (await report('pm')).report.trends.map((t) => [t.projectKey, t.trend.previousAsOf]);
      expect(trends.map(([key]) => key)).toEqual(['ALPHA', 'BETA', 'GAMMA']);
      expect(trends.every(([, asOf]) => asOf !== undefined && asOf <= '2026-11-20T12:00:00.000Z')).toBe(true);
    });

    it('keeps the hidden project out for the restricted user, counting its items as not shown', async () => {
      const { report: restricted } = await report('restricted');
      expect([restricted.projects.map((p) => p.key), restricted.trends.map((t) => t.projectKey), restricted.hiddenCount]).toEqual([
        ['ALPHA', 'BETA'],
        ['ALPHA', 'BETA'],
        5,
      ]);
      expect(JSON.stringify(restricted)).not.toContain('GAMMA');
    });

    it('refuses a baseline id of the wrong shape with BAD_REQUEST', async () => {
      expect(await call('getStatusReport', 'pm', { scope: { kind: 'portfolio' }, period: { baselineId: '../x' } }, macro)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    });
  });

  describe('deleting the baseline', () => {
    let frozen: FrozenReportSummary;
    beforeAll(async () => {
      frozen = await ok(call<FrozenReportSummary>('publishStatusReport', 'pm', { scope: { kind: 'portfolio' }, period: { baselineId: gate.id } }, macro));
    });

    it('is refused to the PM and changes nothing', async () => {
      const before = baselineKeys();
      expect(await call('deleteBaseline', 'pm', { id: gate.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(baselineKeys()).toEqual(before);
    });

    it('removes it for the admin, audited, and a report set to it then says it is gone', async () => {
      await expect(ok(call('deleteBaseline', 'admin', { id: gate.id }))).resolves.toEqual({ id: gate.id });
      expect(baselineKeys()).toEqual([]);
      const log = await ok(call<AuditLogDto>('getAuditLog', 'admin', { limit: 10 }));
      expect(log.entries.slice(0, 2).map((e) => [e.action, e.target])).toEqual([
        ['baseline.delete', gate.id],
        ['baseline.create', gate.id],
      ]);
      const answer = await call('getStatusReport', 'pm', { scope: { kind: 'portfolio' }, period: { baselineId: gate.id } }, macro);
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('choose another period') as unknown } });
    });

    it('leaves the frozen report built on it readable, without a comparison', async () => {
      const opened = await ok(call<FrozenReportDto>('getFrozenReport', 'pm', { id: frozen.id }, macro));
      expect([opened.frozen.report.period.kind, opened.frozen.request.period, opened.diff]).toEqual([
        'since-baseline',
        { kind: 'since-baseline', baselineId: gate.id },
        null,
      ]);
    });

    it('frees the name, and answers NOT_FOUND for a baseline already gone', async () => {
      expect(await call('deleteBaseline', 'admin', { id: gate.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect((await ok(call<BaselineDto>('takeBaseline', 'admin', { name: 'Gate 2' }))).name).toBe('Gate 2');
    });
  });
});

function jestNow(): Date {
  return new Date(Date.now());
}

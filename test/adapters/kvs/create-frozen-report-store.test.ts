import { kvs } from '@forge/kvs';
import { createFrozenReportStore } from '../../../src/adapters/kvs/create-frozen-report-store';
import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import { freezeReport } from '../../../src/domain/report/freeze-report';
import { useMemoryKvs } from './use-memory-kvs';
import { loadSmallSite, projectInputs, smallSiteNow } from '../../domain/report/small-site-report-input';

const report = buildStatusReport(
  {
    scopeLabel: 'Whole portfolio',
    period: { kind: 'last-days', days: 14 },
    projects: projectInputs(loadSmallSite(), ['ALPHA']),
    dueDateChanges: [],
    hidden: [],
  },
  smallSiteNow,
);
const publishedBy = { accountId: 'pm', displayName: 'Paul PM' };
const frozen = freezeReport({
  id: '2026-11-20T12:00:00.000Z-0a1b2c3d',
  macroId: 'macro-1',
  publishedAt: smallSiteNow,
  publishedBy,
  request: { scope: { kind: 'portfolio' }, period: { kind: 'last-days', days: 14 }, sections: ['headline'] },
  report,
});

useMemoryKvs();

describe('createFrozenReportStore', () => {
  it('reads back a frozen report exactly as saved', async () => {
    const reports = createFrozenReportStore();
    await expect(reports.save(frozen)).resolves.toBe(true);
    await expect(reports.load('macro-1', frozen.id)).resolves.toEqual(frozen);
  });

  it('never overwrites a frozen report', async () => {
    const reports = createFrozenReportStore();
    await reports.save(frozen);
    await expect(reports.save({ ...frozen, title: 'Changed' })).resolves.toBe(false);
    expect((await reports.load('macro-1', frozen.id))?.title).toBe(frozen.title);
  });

  it('reads a report frozen when periods were only a number of days as the "last N days" it was', async () => {
    const oldRequest = { scope: frozen.request.scope, sections: frozen.request.sections, periodDays: 14 };
    const oldPeriod = { days: 14, start: frozen.report.period.start, end: frozen.report.period.end };
    await kvs.set(`frozen-report:macro-1:${frozen.id}`, { ...frozen, request: oldRequest, report: { ...frozen.report, period: oldPeriod } });
    const loaded = await createFrozenReportStore().load('macro-1', frozen.id);
    expect([loaded?.request.period, loaded?.report.period]).toEqual([{ kind: 'last-days', days: 14 }, frozen.report.period]);
  });

  it('opens a report frozen before reports held change control, without it, and with the sections it had', async () => {
    const olderReport = { ...frozen.report };
    Reflect.deleteProperty(olderReport, 'changeControl');
    const olderSections = ['headline', 'summary', 'slipped', 'escalations', 'trends'] as const;
    await kvs.set(`frozen-report:macro-1:${frozen.id}`, { ...frozen, request: { ...frozen.request, sections: olderSections }, report: olderReport });
    const loaded = await createFrozenReportStore().load('macro-1', frozen.id);
    expect([loaded?.report.changeControl, loaded?.request.sections, loaded?.report.title]).toEqual([undefined, olderSections, frozen.report.title]);
  });

  it('keeps the change-control sections a report was frozen with', async () => {
    const withSections = { ...frozen, request: { ...frozen.request, sections: ['uncontrolled', 'variance', 'changes', 'decisions'] as const } };
    await createFrozenReportStore().save(withSections);
    const loaded = await createFrozenReportStore().load('macro-1', frozen.id);
    expect([loaded?.request.sections, loaded?.report.changeControl?.projects.map((line) => line.projectKey)]).toEqual([
      ['uncontrolled', 'variance', 'changes', 'decisions'],
      ['ALPHA'],
    ]);
  });

  it('answers null for a stored value that is not a frozen report', async () => {
    await kvs.set(`frozen-report:macro-1:${frozen.id}`, {
      ...frozen,
      request: { scope: { kind: 'portfolio' }, period: { kind: 'last-years', years: 1 }, sections: [] },
    });
    await expect(createFrozenReportStore().load('macro-1', frozen.id)).resolves.toBeNull();
  });
});

import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import { reportTables } from '../../../src/domain/report/report-table';
import type { ReportProjectInput } from '../../../src/domain/report/status-report-input';
import type { StatusReport } from '../../../src/domain/report/status-report';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';
import { aWorkItem } from '../builders/a-work-item';
import { coreChangeControlProject, coreReportNow } from './builders/core-change-control-input';

const coreSummary = {
  baselineVersion: 2,
  changeRequests: 6,
  pending: 2,
  oldestPendingDays: 28,
  uncontrolledSlips: 1,
  slips: [{ itemKey: 'CORE-7', kind: 'milestone' as const, approvedDue: '2026-03-15', currentDue: '2026-03-20', daysLate: 5 }],
  budgetBeyond: 10_000,
  scopeBeyond: null,
};

/** OPS: one story, no approved baseline, and a roll-up from before slips were computed. */
function opsProject(): ReportProjectInput {
  const items = [aWorkItem({ key: 'OPS-1' })];
  return { current: computeProjectRollup(aProjectRollupInput('OPS', items), coreReportNow), previous: null, history: [], partial: false, items };
}

function reportOf(projects: readonly ReportProjectInput[]): StatusReport {
  return buildStatusReport({ scopeLabel: 'Whole portfolio', period: { kind: 'last-days', days: 30 }, projects, dueDateChanges: [], hidden: [] }, coreReportNow);
}

const cells = (report: StatusReport, section: 'uncontrolled' | 'variance' | 'changes' | 'decisions') => {
  const table = reportTables(report, [section])[0];
  if (table === undefined) throw new Error(`no ${section} table`);
  return { rows: table.rows.map((row) => row.map((cell) => cell.text)), empty: table.empty, note: table.note };
};

describe('the change control of a status report, checked by hand on CORE (20 March 2026, last 30 days)', () => {
  const report = reportOf([coreChangeControlProject(coreSummary), opsProject()]);
  const control = report.changeControl;
  if (control === undefined) throw new Error('the report has no change control');

  it('counts each change request by its last decision in the period: two approved (one by the workflow), one rejected', () => {
    expect(control.changes.map((c) => [c.key, c.outcome, c.source, c.decidedBy, c.days, c.cost])).toEqual([
      ['CORE-42', 'approved', 'workflow', null, null, null],
      ['CORE-41', 'rejected', 'app', 'chair', 30, 5000],
      ['CORE-40', 'approved', 'app', 'Carla Chair', 14, 20000],
    ]);
  });

  it('sums only the approved changes into the effect on dates and budget, per project and in total', () => {
    const core = control.projects.find((line) => line.projectKey === 'CORE');
    expect(core).toEqual({
      projectKey: 'CORE',
      name: 'Project CORE',
      baselineVersion: 2,
      decided: { approved: 2, rejected: 1, deferred: 0 },
      approvedDays: 14,
      approvedCost: 20000,
      pending: 2,
      oldestPendingDays: 28,
      uncontrolledSlips: 1,
    });
    expect(control.total).toEqual({
      decided: { approved: 2, rejected: 1, deferred: 0 },
      approvedDays: 14,
      approvedCost: 20000,
      pending: 2,
      oldestPendingDays: 28,
      uncontrolledSlips: 1,
    });
  });

  it('lists as pending the changes with no decision and no deciding status, oldest first, aged in calendar days', () => {
    expect(control.pending.map((p) => [p.key, p.since, p.ageDays])).toEqual([
      ['CORE-43', '2026-02-20', 28],
      ['CORE-44', '2026-03-10', 10],
    ]);
  });

  it('lists the decisions made in the period, change decisions and resolved RAID decisions, latest first, with who and when', () => {
    expect(control.decisions.map((d) => [d.key, d.kind, d.what, d.by, d.at.slice(0, 10)])).toEqual([
      ['CORE-50', 'raid', 'Decision logged (Done)', null, '2026-03-05'],
      ['CORE-42', 'change', 'Change approved in the workflow', null, '2026-03-04'],
      ['CORE-41', 'change', 'Change rejected', 'chair', '2026-03-03'],
      ['CORE-40', 'change', 'Change approved (+14 days, +20,000 budget)', 'Carla Chair', '2026-03-02'],
    ]);
  });

  it('takes uncontrolled slips from the roll-ups and names the project whose roll-up has not computed them, never counting it as zero', () => {
    expect(control.slipsNotComputed).toEqual(['OPS']);
    expect(cells(report, 'uncontrolled')).toEqual({
      rows: [
        ['CORE-7 Launch', '2026-03-15', '2026-03-20', '+5 days'],
        ['OPS (project)', 'not computed yet', '–', '–'],
      ],
      empty: 'No uncontrolled slip: every date past its approved baseline is covered by an approved change.',
      note: '1 uncontrolled slip in all; not computed yet for OPS.',
    });
  });

  it('shows variance of the budget and of each moved baselined item against v1 and against the current approved version, counting the rest', () => {
    expect(cells(report, 'variance').rows).toEqual([
      ['CORE budget at completion (v2)', '100,000', '120,000', '130,000', '+30,000', '+10,000'],
      ['CORE-7 Launch', '2026-03-01', '2026-03-15', '2026-03-20', '+19 days', '+5 days'],
      ['CORE-9 Platform', '2026-05-01', '2026-05-01', '2026-05-10', '+9 days', '+9 days'],
    ]);
    expect(cells(report, 'variance').note).toBe('1 other baselined item is on its original and approved dates. No approved baseline yet: OPS.');
    expect(control.dateVariance.find((d) => d.itemKey === 'CORE-8')).toMatchObject({ daysVsOriginal: 0, daysVsApproved: 0 });
  });

  it('tabulates the changes per project and in total, with the pending changes and their ages under the table', () => {
    expect(cells(report, 'changes')).toEqual({
      rows: [
        ['CORE Project CORE', '2', '1', '0', '+14 days', '+20,000', '2', '28 days'],
        ['OPS Project OPS', '0', '0', '0', '–', '–', '0', '–'],
        ['All projects', '2', '1', '0', '+14 days', '+20,000', '2', '28 days'],
      ],
      empty: 'No project in scope that you may see.',
      note: 'Pending: CORE-43 (28 days), CORE-44 (10 days).',
    });
  });
});

describe('change control where nothing was computed or reported', () => {
  it.each([
    ['a report of projects whose roll-ups have not computed slips says so and gives no total, not zero', [opsProject()]],
    ['a report with no project gives no total either', []],
  ])('%s', (_name, projects) => {
    const report = reportOf(projects);
    expect(report.changeControl?.total.uncontrolledSlips).toBeNull();
    expect(cells(report, 'uncontrolled').note).toBeNull();
  });

  it('a report frozen before reports held change control shows each section as not in this report', () => {
    const older = { ...reportOf([coreChangeControlProject(coreSummary)]) };
    Reflect.deleteProperty(older, 'changeControl');
    for (const section of ['uncontrolled', 'variance', 'changes', 'decisions'] as const) {
      expect(cells(older, section)).toEqual({ rows: [], empty: 'Not in this report: it was published before reports held change control.', note: null });
    }
  });

  it('a project without change-control input reads as the default policy with nothing approved or recorded', () => {
    const items = [aWorkItem({ key: 'NEW-1', issueType: 'Change', created: '2026-03-19T08:00:00.000+0000' })];
    const project = { current: computeProjectRollup(aProjectRollupInput('NEW', items), coreReportNow), previous: null, history: [], partial: false, items };
    const control = reportOf([project]).changeControl;
    expect([control?.pending.map((p) => [p.key, p.ageDays]), control?.unbaselined]).toEqual([[['NEW-1', 1]], ['NEW']]);
  });
});

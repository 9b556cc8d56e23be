import { capacityHeatMap } from '../../../src/domain/capacity/capacity-heat-map';
import { buildReportIntake } from '../../../src/domain/report/build-report-intake';
import { intakeTables } from '../../../src/domain/report/intake-tables';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown';
import type { ReportIntakeInput, ReportProposalInput } from '../../../src/domain/report/report-intake-input';
import type { StatusReport } from '../../../src/domain/report/status-report';
import { capacityOf } from '../capacity/builders/capacity-of';
import { demandOf } from '../capacity/builders/demand-of';

/** The period: 6 November 12:00 to 20 November 12:00 UTC (the last 14 days of a report made on the 20th). */
const window = { startMs: Date.parse('2026-11-06T12:00:00.000Z'), endMs: Date.parse('2026-11-20T12:00:00.000Z') };

const base = { projectKey: 'INT', program: 'Digital', tied: false, decision: null } as const;
const waiting = (key: string, rank: number | null, score: number | null, extra: Partial<ReportProposalInput> = {}): ReportProposalInput => ({
  ...base,
  key,
  summary: `${key} idea`,
  stage: 'submitted',
  rank,
  score,
  breakdown: score === null ? 'WSJF not scored: missing Job Size' : `WSJF ${String(score)}`,
  ...extra,
});
const decided = (
  key: string,
  stage: 'approved' | 'deferred' | 'rejected',
  decidedAt: string,
  extra: Partial<NonNullable<ReportProposalInput['decision']>> = {},
) =>
  waiting(key, 2, 4, {
    stage,
    decision: { decidedAt, by: 'Paul PM', source: 'app', reason: stage === 'approved' ? null : 'Not this year', overloadConfirmed: false, ...extra },
  });

/**
 * By hand: INT-1 approved 19 Nov (in), INT-2 rejected 10 Nov (in), INT-3 deferred 1 Nov (before the period, out),
 * INT-4 approved by the workflow on 12 Nov (in, no decider); INT-5 is in screening with a decision, still waiting.
 * Waiting in board order: INT-10 (rank 1), INT-11 and INT-12 tied at 2 (board order kept), INT-13 (4), INT-5 (5),
 * INT-14 unscored, INT-15 (6): by rank, INT-15 comes before the unscored INT-14, and only five are listed of seven.
 */
const proposals: ReportProposalInput[] = [
  decided('INT-1', 'approved', '2026-11-19T09:00:00.000Z', { overloadConfirmed: true }),
  decided('INT-2', 'rejected', '2026-11-10T09:00:00.000Z'),
  decided('INT-3', 'deferred', '2026-11-01T09:00:00.000Z'),
  decided('INT-4', 'approved', '2026-11-12T16:00:00.000Z', { by: null, source: 'workflow', reason: null }),
  waiting('INT-10', 1, 9),
  waiting('INT-12', 2, 6.5, { tied: true }),
  waiting('INT-11', 2, 6.5, { tied: true }),
  waiting('INT-13', 4, 5, { program: null }),
  waiting('INT-14', null, null),
  waiting('INT-5', 5, 4.5, {
    stage: 'screening',
    decision: { decidedAt: '2026-11-15T09:00:00.000Z', by: 'Paul PM', source: 'app', reason: null, overloadConfirmed: false },
  }),
  waiting('INT-15', 6, 3),
];

const heatMap = capacityHeatMap(
  [capacityOf('Digital', { '2027-Q1': 50, '2027-Q2': 40 }), capacityOf('Operations', { '2027-Q1': 20 })],
  demandOf({ Digital: { '2027-Q1': 46, '2027-Q2': 54 }, Operations: { '2027-Q1': 10 }, Growth: { '2027-Q1': 5 } }),
);
const programProjects = [
  { program: 'Digital', projectKeys: ['ALPHA', 'BETA'] },
  { program: 'Growth', projectKeys: ['DELTA'] },
  { program: 'Operations', projectKeys: ['GAMMA'] },
];
const input = (programs: readonly string[] | null, intakeProjects: readonly string[] = ['INT']): ReportIntakeInput => ({
  intakeProjects,
  proposals: intakeProjects.length === 0 ? [] : proposals,
  heatMap,
  programProjects,
  programs,
});
const reportWith = (intake: StatusReport['intake']): StatusReport => ({
  title: 'Status report: Whole portfolio',
  scopeLabel: 'Whole portfolio',
  period: { kind: 'last-days', days: 14, start: '2026-11-06T12:00:00.000Z', end: '2026-11-20T12:00:00.000Z' },
  asOf: null,
  headline: { overall: 'grey', summary: '', sentences: [] },
  projects: [],
  accomplishments: [],
  slipped: [],
  upcoming: [],
  topRisks: [],
  heatMap: [],
  lateDependencies: [],
  complianceExceptions: [],
  escalations: [],
  trends: [],
  ...(intake === undefined ? {} : { intake }),
  hiddenCount: 0,
});

describe('buildReportIntake', () => {
  it('lists the proposals decided inside the period, latest first, and leaves out the one decided before it', () => {
    const intake = buildReportIntake(input(null), window);
    expect(intake.decided.map((d) => [d.key, d.stage, d.by, d.source])).toEqual([
      ['INT-1', 'approved', 'Paul PM', 'app'],
      ['INT-4', 'approved', null, 'workflow'],
      ['INT-2', 'rejected', 'Paul PM', 'app'],
    ]);
  });

  it('lists the five best-ranked waiting proposals, ties in board order and the unscored last, and counts all seven', () => {
    const intake = buildReportIntake(input(null), window);
    expect(intake.waiting.map((w) => [w.rank, w.key, w.stage])).toEqual([
      [1, 'INT-10', 'submitted'],
      [2, 'INT-12', 'submitted'],
      [2, 'INT-11', 'submitted'],
      [4, 'INT-13', 'submitted'],
      [5, 'INT-5', 'screening'],
    ]);
    expect(intake.waitingCount).toBe(7);
  });

  it.each([
    ['the whole portfolio', null, ['Digital', 'Growth', 'Operations'], ['ALPHA', 'BETA', 'DELTA', 'GAMMA', 'INT']],
    ['the program Digital, named in another case', ['digital'], ['Digital'], ['ALPHA', 'BETA', 'INT']],
    ['a program with no row', ['Finance'], [], ['INT']],
  ])('limits the heat map to the scope’s programs for %s, and names every project shown for frozen copies', (_scope, programs, rows, keys) => {
    const intake = buildReportIntake(input(programs), window);
    expect([intake.capacity.rows.map((row) => row.program), intake.projectKeys]).toEqual([rows, keys]);
    expect(intake.capacity.quarters).toEqual(heatMap.quarters);
  });

  it.each([
    ['the whole portfolio keeps every waiting proposal, those in no program too', null, 7],
    ['a program scope keeps only its own proposals', ['Digital'], 6],
    ['a scope of another program keeps none', ['Operations'], 0],
  ])('%s', (_what, programs, count) => {
    expect(buildReportIntake(input(programs), window).waitingCount).toBe(count);
  });
});

describe('intakeTables', () => {
  it('writes the decisions, the waiting list and each heat map colour in words, with the figures behind it', () => {
    const [decidedTable, waitingTable, capacityTable] = intakeTables(reportWith(buildReportIntake(input(['Digital']), window)));
    expect(decidedTable?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['INT-1 INT-1 idea', 'Approved (over capacity, confirmed)', 'Paul PM', '2026-11-19', '–'],
      ['INT-4 INT-4 idea', 'Approved', 'Jira workflow', '2026-11-12', '–'],
      ['INT-2 INT-2 idea', 'Rejected', 'Paul PM', '2026-11-10', 'Not this year'],
    ]);
    // The scope is Digital, so INT-13 (in no program) is left out: the board's ranks stay, with 4 unused here.
    expect(waitingTable?.rows.map((row) => row[0]?.text)).toEqual(['1', '2 (tied)', '2 (tied)', '5', '6']);
    expect(waitingTable?.rows[3]?.[3]?.text).toBe('Digital');
    expect(waitingTable?.note).toBe('…and 1 more waiting.');
    const wholeWaiting = intakeTables(reportWith(buildReportIntake(input(null), window)))[1];
    expect(wholeWaiting?.rows[3]?.[3]?.text).toBe('No program');
    // 46 / 50 = 92% is amber; 54 / 40 = 135% is red.
    expect(capacityTable?.head).toEqual(['Program', 'Unit', '2027-Q1', '2027-Q2']);
    expect(capacityTable?.rows).toEqual([
      [{ text: 'Digital' }, { text: 'story points' }, { rag: 'amber', text: 'Amber: 46 / 50 (92%)' }, { rag: 'red', text: 'Red: 54 / 40 (135%)' }],
    ]);
    expect(capacityTable?.note).toBe('Load is demand over capacity: green under 75%, amber from 75% to 100%, red over 100%; no data where no capacity is set.');
  });

  it('tells a reader with no intake project to browse that intake is not set up, and shows no proposal', () => {
    const tables = intakeTables(reportWith(buildReportIntake(input(null, []), window)));
    expect(tables.slice(0, 2).map((table) => [table.rows.length, table.empty])).toEqual([
      [0, 'Intake is not set up, or you may browse no intake project: nothing to show.'],
      [0, 'Intake is not set up, or you may browse no intake project: nothing to show.'],
    ]);
    expect(tables[2]?.rows.length).toBe(3);
  });

  it('says a report frozen before reports held intake does not have it', () => {
    const tables = intakeTables(reportWith(undefined));
    expect(tables.map((table) => [table.rows.length, table.empty])).toEqual(
      Array.from({ length: 3 }, () => [0, 'Not in this report: it was published before reports held intake.']),
    );
  });

  it('puts the section in the Markdown export under its three titles', () => {
    const markdown = renderReportMarkdown(reportWith(buildReportIntake(input(null), window)), ['intake']);
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Intake: decided in the period',
      '## Intake: top-ranked waiting',
      '## Intake: capacity by program and quarter',
    ]);
    expect(markdown).toContain('| Operations | story points | Green: 10 / 20 (50%) | No data: 0 / no capacity set |');
  });
});

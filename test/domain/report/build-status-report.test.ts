import type { SiteFile } from '../../../local/site/site-file-schema';
import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import type { ReportPeriodDays } from '../../../src/domain/report/report-period-days';
import type { StatusReportInput } from '../../../src/domain/report/status-report-input';
import { flagIssue } from './flag-issue';
import { moveDueDate } from './move-due-date';
import { dueDateChangesOf, loadSmallSite, projectInputs, smallSiteNow } from './small-site-report-input';

const all = ['ALPHA', 'BETA', 'GAMMA'];

function reportOf(site: SiteFile, keys: readonly string[], options: Partial<StatusReportInput> & { now?: string; periodDays?: ReportPeriodDays } = {}) {
  const now = options.now ?? smallSiteNow;
  return buildStatusReport(
    {
      scopeLabel: 'Whole portfolio',
      period: options.period ?? { kind: 'last-days', days: options.periodDays ?? 30 },
      projects: projectInputs(site, keys, now),
      dueDateChanges: dueDateChangesOf(site),
      hidden: options.hidden ?? [],
    },
    now,
  );
}

describe('buildStatusReport on the small hand-checked site (test/fixtures/small-site.md), now 2026-11-20T12:00Z', () => {
  const admin = reportOf(loadSmallSite(), all);

  it.each([
    ['the period is the 30 days before now', admin.period, { kind: 'last-days', days: 30, start: '2026-10-21T12:00:00.000Z', end: '2026-11-20T12:00:00.000Z' }],
    ['the overall colour is the worst project colour (all three red)', admin.headline.overall, 'red'],
    ['the headline counts projects by colour', admin.headline.summary, '3 projects: 3 red.'],
    [
      'the headline has one sentence per red or amber dimension, none for grey compliance',
      admin.headline.sentences.map((s) => [s.dimension, s.rag]),
      [
        ['schedule', 'red'],
        ['scope', 'red'],
        ['cost', 'red'],
        ['risk', 'red'],
      ],
    ],
    ['the summary table has a row per visible project in key order', admin.projects.map((p) => p.key), all],
    ['ALPHA progress is by estimate: 8 of 18 points', admin.projects[0]?.progress, 8 / 18],
    ['ALPHA next milestone is ALPHA-8', admin.projects[0]?.nextMilestone, { key: 'ALPHA-8', summary: 'Hypercare exit', due: '2026-12-20' }],
    [
      'items resolved since 2026-10-21T12:00 are the accomplishments, oldest first (ALPHA-2 on 10-10 is before the period)',
      admin.accomplishments.map((a) => a.key),
      ['ALPHA-6', 'ALPHA-3', 'BETA-6', 'BETA-5', 'BETA-2'],
    ],
    ['milestones met are ALPHA-6 (type) and BETA-5 (label)', admin.accomplishments.filter((a) => a.milestone).map((a) => a.key), ['ALPHA-6', 'BETA-5']],
    ['ALPHA-7 moved on 2026-10-20, before the period: nothing slipped in it', admin.slipped, []],
    [
      'the only milestone due in the next 30 days is ALPHA-8, 30 days away (GAMMA-3 is overdue, not upcoming)',
      admin.upcoming.map((m) => [m.key, m.daysAway]),
      [['ALPHA-8', 30]],
    ],
    [
      'open risks and issues rank by score, unscored last',
      admin.topRisks.map((r) => [r.key, r.score]),
      [
        ['ALPHA-9', 25],
        ['GAMMA-4', 16],
        ['ALPHA-10', 6],
        ['BETA-8', null],
      ],
    ],
    [
      'the heat map counts open scored risks at 5x5, 4x4 and 2x3 (BETA-6 is closed)',
      [admin.heatMap[4]?.[4], admin.heatMap[3]?.[3], admin.heatMap[1]?.[2], admin.heatMap[0]?.[0], admin.heatMap.flat().reduce((a, b) => a + b, 0)],
      [1, 1, 1, 0, 3],
    ],
    [
      'the one late dependency is BETA-4 blocking ALPHA-5, 26 days late',
      admin.lateDependencies.map((d) => [d.blocker.key, d.blocked?.key, d.reason]),
      [['BETA-4', 'ALPHA-5', 'BETA-4 is due 2027-01-10, 26 days after ALPHA-5 (2026-12-15)']],
    ],
    ['no template was evaluated, so there are no compliance exceptions', admin.complianceExceptions, []],
    [
      'escalations are the open items labelled escalate or flagged (BETA-3)',
      admin.escalations.map((e) => [e.key, e.labelled, e.flagged]),
      [
        ['ALPHA-9', true, false],
        ['BETA-3', false, true],
        ['BETA-8', true, false],
      ],
    ],
    ['without earlier snapshots there are no trends', admin.trends, []],
    ['the report is as of the roll-ups', admin.asOf, smallSiteNow],
    ['the admin sees everything: nothing hidden', admin.hiddenCount, 0],
  ])('for the admin, %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  describe('for the restricted user, who may not see GAMMA', () => {
    const restricted = reportOf(loadSmallSite(), ['ALPHA', 'BETA'], { hidden: [{ itemCount: 5 }] });
    const text = JSON.stringify(restricted);

    it.each([
      ['GAMMA', 'its key'],
      ['Gamma', 'its name'],
      ['Operations', 'its program'],
      ['Vendor', 'its issues'],
    ])('never names the hidden project: no "%s" (%s)', (word) => {
      expect(text).not.toContain(word);
    });

    it.each([
      ["counts the hidden project's 5 items as not shown", restricted.hiddenCount, 5],
      ['rates the two visible projects only', restricted.headline.summary, '2 projects: 2 red.'],
      [
        'explains risk by ALPHA alone',
        restricted.headline.sentences.find((s) => s.dimension === 'risk')?.text,
        'Risk is red: Alpha Mobile: 1 open risk is critical (red at 1 or more).',
      ],
      ['ranks visible risks only', restricted.topRisks.map((r) => r.key), ['ALPHA-9', 'ALPHA-10', 'BETA-8']],
      [
        'keeps schedule amber for BETA out of the red sentence',
        restricted.headline.sentences.find((s) => s.dimension === 'schedule')?.text,
        'Schedule is red: Alpha Mobile: SPI 0.672 is below the red threshold 0.8.',
      ],
    ])('%s', (_name, actual, expected) => {
      expect(actual).toEqual(expected);
    });
  });

  describe("what slipped, on the test's own copy of the site", () => {
    const site = loadSmallSite();
    // ALPHA-4 moved twice in the period: 2026-11-20 -> 2026-11-25 -> 2026-12-01 (its current due date).
    moveDueDate(site, 'ALPHA-4', '2026-11-05T10:00:00.000+0000', '2026-11-20', '2026-11-25');
    moveDueDate(site, 'ALPHA-4', '2026-11-12T10:00:00.000+0000', '2026-11-25', '2026-12-01');
    // BETA-3 was pulled in: earlier is not a slip.
    moveDueDate(site, 'BETA-3', '2026-11-14T10:00:00.000+0000', '2026-12-15', '2026-12-10');
    // BETA-7 moved out and back again: no net slip.
    moveDueDate(site, 'BETA-7', '2026-11-14T10:00:00.000+0000', '2026-11-25', '2026-12-05');
    moveDueDate(site, 'BETA-7', '2026-11-16T10:00:00.000+0000', '2026-12-05', '2026-11-25');

    it.each([
      [
        'over 30 days, keeps the original date of a date moved twice',
        30,
        smallSiteNow,
        [{ key: 'ALPHA-4', originalDue: '2026-11-20', currentDue: '2026-12-01', daysLater: 11, moves: 2, milestone: false }],
      ],
      [
        'over 14 days, counts only the move made in the period (from 2026-11-25)',
        14,
        smallSiteNow,
        [{ key: 'ALPHA-4', originalDue: '2026-11-25', currentDue: '2026-12-01', daysLater: 6, moves: 1, milestone: false }],
      ],
      [
        "a day earlier, sees ALPHA-7's move of 2026-10-20 as well, a milestone 14 days later",
        30,
        '2026-11-19T12:00:00.000Z',
        [
          { key: 'ALPHA-7', originalDue: '2026-11-01', currentDue: '2026-11-15', daysLater: 14, moves: 1, milestone: true },
          { key: 'ALPHA-4', originalDue: '2026-11-20', currentDue: '2026-12-01', daysLater: 11, moves: 2, milestone: false },
        ],
      ],
    ] as const)('%s', (_name, periodDays, now, expected) => {
      const report = reportOf(site, all, { periodDays, now });
      expect(
        report.slipped.map(({ key, originalDue, currentDue, daysLater, moves, milestone }) => ({ key, originalDue, currentDue, daysLater, moves, milestone })),
      ).toEqual(expected);
    });
  });

  describe('an empty period and an empty scope', () => {
    const week = reportOf(loadSmallSite(), all, { period: { kind: 'last-days', days: 7 } });
    const nothing = reportOf(loadSmallSite(), []);

    it.each([
      ['in the last 7 days nothing was resolved (BETA-2 on 11-10 is the latest)', week.accomplishments, []],
      ['in the last 7 days no date slipped', week.slipped, []],
      ['the last 7 days still show the current state: upcoming ALPHA-8', week.upcoming.map((m) => m.key), ['ALPHA-8']],
      ['a scope with no visible project is grey', nothing.headline.overall, 'grey'],
      ['a scope with no visible project says so', nothing.headline.summary, 'No project in scope that you may see has a roll-up yet.'],
      [
        'a scope with no visible project has no rows, risks or as-of',
        [nothing.projects, nothing.topRisks, nothing.asOf, nothing.heatMap.flat().some((n) => n > 0)],
        [[], [], null, false],
      ],
    ])('%s', (_name, actual, expected) => {
      expect(actual).toEqual(expected);
    });
  });

  it('leaves a sub-task finished in the period out of the accomplishments', () => {
    const site = loadSmallSite();
    const subTask = site.issues.find((i) => i.key === 'ALPHA-12');
    if (subTask === undefined) throw new Error('no ALPHA-12');
    subTask.fields.status = { id: '10002', name: 'Done', statusCategory: { key: 'done' } };
    subTask.fields.resolutiondate = '2026-11-19T10:00:00.000+0000';
    const keys = reportOf(site, all).accomplishments.map((a) => a.key);
    expect([keys.includes('ALPHA-12'), keys.length]).toEqual([false, 5]);
  });

  it('lists flagged items as escalations beside the labelled ones', () => {
    const site = loadSmallSite();
    flagIssue(site, 'BETA-3');
    flagIssue(site, 'ALPHA-2');
    const report = reportOf(site, all);
    // ALPHA-2 is done: a flag left on finished work asks for nothing.
    expect(report.escalations.map((e) => [e.key, e.labelled, e.flagged])).toEqual([
      ['ALPHA-9', true, false],
      ['BETA-3', false, true],
      ['BETA-8', true, false],
    ]);
  });

  it('compares each project with its previous snapshot for trends', () => {
    const site = loadSmallSite();
    const [earlier] = projectInputs(site, ['ALPHA'], '2026-11-13T12:00:00.000Z');
    const [current] = projectInputs(site, ['ALPHA']);
    if (earlier === undefined || current === undefined) throw new Error('no ALPHA');
    const report = buildStatusReport(
      {
        scopeLabel: 'Project ALPHA',
        period: { kind: 'last-days', days: 7 },
        projects: [{ ...current, previous: earlier.current }],
        dueDateChanges: [],
        hidden: [],
      },
      smallSiteNow,
    );
    expect(report.trends.map((t) => [t.projectKey, t.trend.previousAsOf, t.trend.currentAsOf])).toEqual([['ALPHA', '2026-11-13T12:00:00.000Z', smallSiteNow]]);
  });

  it('lists a project whose compliance is red as an exception, with its reason', () => {
    const [alpha] = projectInputs(loadSmallSite(), ['ALPHA']);
    if (alpha === undefined) throw new Error('no ALPHA');
    const failing = {
      ...alpha.current,
      compliance: { status: 'evaluated' as const, score: 0.5, passed: 5, checked: 10 },
      rag: {
        ...alpha.current.rag,
        compliance: { ...alpha.current.rag.compliance, rag: 'red' as const, reason: 'Compliance 50% is below the red threshold 75%' },
      },
    };
    const report = buildStatusReport(
      { scopeLabel: 'x', period: { kind: 'last-days', days: 7 }, projects: [{ ...alpha, current: failing }], dueDateChanges: [], hidden: [] },
      smallSiteNow,
    );
    expect(report.complianceExceptions).toEqual([
      { projectKey: 'ALPHA', name: 'Alpha Mobile', rag: 'red', score: 0.5, passed: 5, checked: 10, reason: 'Compliance 50% is below the red threshold 75%' },
    ]);
    expect(report.headline.sentences.map((s) => s.dimension)).toContain('compliance');
  });
});

import type { SiteFile } from '../../../local/site/site-file-schema';
import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import { reportPreamble, reportTables } from '../../../src/domain/report/report-table';
import { moveDueDate } from './move-due-date';
import { dueDateChangesOf, loadSmallSite, projectInputs, smallSiteNow } from './small-site-report-input';

const all = ['ALPHA', 'BETA', 'GAMMA'];

/** A period since a baseline that stands for `startsAt`, its roll-ups those the site gives at that instant. */
function sinceBaseline(site: SiteFile, name: string, startsAt: string, keysInBaseline: readonly string[] = all) {
  const then = new Map(projectInputs(site, keysInBaseline, startsAt).map((input) => [input.current.project.key, input.current]));
  const projects = projectInputs(site, all).map((input) => ({ ...input, previous: then.get(input.current.project.key) ?? null }));
  return buildStatusReport(
    {
      scopeLabel: 'Whole portfolio',
      period: { kind: 'since-baseline', baseline: { id: '20261101T090000Z-0a1b2c3d', name, startsAt } },
      projects,
      dueDateChanges: dueDateChangesOf(site),
      hidden: [],
    },
    smallSiteNow,
  );
}

describe('a status report since a named baseline, on the small hand-checked site (now 2026-11-20T12:00Z)', () => {
  const site = loadSmallSite();
  // ALPHA-4 moved twice after the end of October: 2026-11-20 -> 2026-11-25 (11-05) -> 2026-12-01 (11-12).
  moveDueDate(site, 'ALPHA-4', '2026-11-05T10:00:00.000+0000', '2026-11-20', '2026-11-25');
  moveDueDate(site, 'ALPHA-4', '2026-11-12T10:00:00.000+0000', '2026-11-25', '2026-12-01');
  const gate = sinceBaseline(site, 'Gate 2', '2026-10-31T23:59:59.999Z');
  const later = sinceBaseline(site, 'Mid November', '2026-11-08T23:59:59.999Z', ['ALPHA']);

  it.each([
    [
      'runs from where the baseline stands to now, naming it',
      gate.period,
      {
        kind: 'since-baseline',
        baseline: { id: '20261101T090000Z-0a1b2c3d', name: 'Gate 2' },
        start: '2026-10-31T23:59:59.999Z',
        end: '2026-11-20T12:00:00.000Z',
      },
    ],
    [
      'counts as accomplished what was resolved after October (ALPHA-6 on 10-30 is before it)',
      gate.accomplishments.map((a) => a.key),
      ['ALPHA-3', 'BETA-6', 'BETA-5', 'BETA-2'],
    ],
    ['meets one milestone since the baseline: BETA-5 (labelled)', gate.accomplishments.filter((a) => a.milestone).map((a) => a.key), ['BETA-5']],
    [
      'keeps the date ALPHA-4 had at the baseline through both moves',
      gate.slipped.map(({ key, originalDue, currentDue, moves }) => ({ key, originalDue, currentDue, moves })),
      [{ key: 'ALPHA-4', originalDue: '2026-11-20', currentDue: '2026-12-01', moves: 2 }],
    ],
    [
      'counts only the move after a later baseline',
      later.slipped.map(({ key, originalDue, moves }) => ({ key, originalDue, moves })),
      [{ key: 'ALPHA-4', originalDue: '2026-11-25', moves: 1 }],
    ],
    [
      'compares every project with its roll-up in the baseline',
      gate.trends.map((t) => [t.projectKey, t.trend.previousAsOf]),
      all.map((key) => [key, '2026-10-31T23:59:59.999Z']),
    ],
    ['gives no trend to a project the baseline does not hold', later.trends.map((t) => t.projectKey), ['ALPHA']],
    ['says so in the period line', reportPreamble(gate)[0], 'Period: since the baseline “Gate 2” (2026-10-31 to 2026-11-20).'],
    ['titles the trends table with the baseline', reportTables(gate, ['trends'])[0]?.title, 'Trends since the baseline “Gate 2”'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('refuses a baseline that stands for a time after the report', () => {
    expect(() => sinceBaseline(site, 'Tomorrow', '2026-11-21T00:00:00.000Z')).toThrow(RangeError);
  });
});

import { buildStatusReport } from '../../../src/domain/report/build-status-report';
import { diffReports } from '../../../src/domain/report/diff-reports';
import { freezeReport } from '../../../src/domain/report/freeze-report';
import type { DueDateChange } from '../../../src/domain/report/due-date-change';
import { parseIssueKey } from '../../../src/domain/ids/parse-issue-key';
import { flagIssue } from './flag-issue';
import { loadSmallSite, projectInputs, smallSiteNow } from './small-site-report-input';

const site = loadSmallSite();
const alpha4 = parseIssueKey('ALPHA-4');
if (alpha4 === null) throw new Error('bad key');
const slip: DueDateChange[] = [{ key: alpha4, at: '2026-11-12T10:00:00.000+0000', from: '2026-11-25', to: '2026-12-01' }];

// Frozen when only ALPHA and BETA were in view; live with GAMMA, a slip of ALPHA-4 and BETA-3 flagged since.
// The shared site has BETA-3 flagged; the frozen report is built from a copy from before the flag was raised.
const beforeFlag = loadSmallSite();
flagIssue(beforeFlag, 'BETA-3', false);
const then = buildStatusReport(
  {
    scopeLabel: 'Whole portfolio',
    period: { kind: 'last-days', days: 14 },
    projects: projectInputs(beforeFlag, ['ALPHA', 'BETA']),
    dueDateChanges: [],
    hidden: [],
  },
  smallSiteNow,
);
const now = buildStatusReport(
  {
    scopeLabel: 'Whole portfolio',
    period: { kind: 'last-days', days: 14 },
    projects: projectInputs(site, ['ALPHA', 'BETA', 'GAMMA']),
    dueDateChanges: slip,
    hidden: [],
  },
  smallSiteNow,
);

describe('diffReports', () => {
  const diff = diffReports(then, now);

  it.each([
    ['keeps the overall colours', diff.overall, { then: 'red', now: 'red' }],
    ['lists only projects that changed: GAMMA appeared', diff.projects.map((p) => [p.key, p.then, p.now?.overall]), [['GAMMA', null, 'red']]],
    ['names the new slip', diff.newSlips, ['ALPHA-4']],
    ['names the risk that joined the top list', [diff.risksAdded, diff.risksGone], [['GAMMA-4'], []]],
    ['names the escalation raised since', [diff.escalationsAdded, diff.escalationsGone], [['BETA-3'], []]],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('finds nothing changed between a report and itself', () => {
    expect(diffReports(now, now)).toEqual({
      overall: { then: 'red', now: 'red' },
      projects: [],
      newSlips: [],
      risksAdded: [],
      risksGone: [],
      escalationsAdded: [],
      escalationsGone: [],
    });
  });
});

describe('freezeReport', () => {
  it('records who published what, when, and the projects a reader must be able to browse', () => {
    const frozen = freezeReport({
      id: 'f1',
      macroId: 'page-1',
      publishedAt: smallSiteNow,
      publishedBy: { accountId: 'pm', displayName: 'Paul PM' },
      request: { scope: { kind: 'portfolio' }, period: { kind: 'last-days', days: 14 }, sections: ['headline'] },
      report: then,
    });
    expect([frozen.title, frozen.overall, frozen.projectKeys, frozen.publishedBy.displayName]).toEqual([
      'Status report: Whole portfolio',
      'red',
      ['ALPHA', 'BETA'],
      'Paul PM',
    ]);
  });
});

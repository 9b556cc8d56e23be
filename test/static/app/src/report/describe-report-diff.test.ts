import type { ReportDiff } from '../../../../../src/domain/report/diff-reports';
import { describeReportDiff } from '../../../../../static/app/src/report/describe-report-diff';

const unchanged: ReportDiff = {
  overall: { then: 'red', now: 'red' },
  projects: [],
  newSlips: [],
  risksAdded: [],
  risksGone: [],
  escalationsAdded: [],
  escalationsGone: [],
};

describe('describeReportDiff', () => {
  it.each<[string, ReportDiff, string[]]>([
    ['says when nothing changed', unchanged, ['Overall: Red then, Red now.', 'Nothing else changed.']],
    [
      'names a project that appeared and one whose colour changed',
      {
        ...unchanged,
        overall: { then: 'amber', now: 'red' },
        projects: [
          { key: 'GAMMA', name: 'Gamma', then: null, now: { overall: 'red', progress: 0 } },
          { key: 'BETA', name: 'Beta', then: { overall: 'amber', progress: 0.4 }, now: { overall: 'red', progress: 0.5 } },
        ],
      },
      ['Overall: Amber then, Red now.', 'GAMMA Gamma is new in the report.', 'BETA Beta: Amber → Red, progress 40% → 50%.'],
    ],
    [
      'lists slips, risks and escalations',
      { ...unchanged, newSlips: ['ALPHA-4'], risksAdded: ['GAMMA-4'], escalationsGone: ['BETA-8'] },
      ['Overall: Red then, Red now.', 'Slipped since: ALPHA-4.', 'New among the top risks: GAMMA-4.', 'Escalations no longer asked for: BETA-8.'],
    ],
  ])('%s', (_name, diff, expected) => {
    expect(describeReportDiff(diff)).toEqual(expected);
  });
});

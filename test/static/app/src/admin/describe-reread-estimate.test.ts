import type { FullRereadEstimateDto } from '../../../../../src/contract/points-budget-dto';
import { describeRereadEstimate } from '../../../../../static/app/src/admin/describe-reread-estimate';

describe('describeRereadEstimate', () => {
  it.each<[string, FullRereadEstimateDto, string]>([
    [
      'gives the points, what they read and the hours at the budget',
      { projects: 8, issues: 426, points: 100_946, hoursAtBudget: 15.5 },
      "About 101,000 points (426 issues in 8 projects): about 15.5 h at this site's budget.",
    ],
    [
      'says minutes for a small site',
      { projects: 1, issues: 1, points: 2, hoursAtBudget: 0.1 },
      "About 2 points (1 issue in 1 project): about 6 minutes at this site's budget.",
    ],
    [
      'says a budget that leaves refresh nothing never finishes',
      { projects: 2, issues: 300, points: 304, hoursAtBudget: null },
      "About 304 points (300 issues in 2 projects): this site's budget leaves refresh no points, so it would not finish until the budget is raised.",
    ],
    [
      'says there is nothing to read before any refresh',
      { projects: 0, issues: 0, points: 0, hoursAtBudget: 0 },
      'Nothing to read again yet: no project has been refreshed.',
    ],
  ])('%s', (_what, estimate, expected) => {
    expect(describeRereadEstimate(estimate)).toBe(expected);
  });
});

import type { FullRereadEstimateDto } from '../../../../src/contract/points-budget-dto';
import { describeHours } from '../../../../src/domain/points';
import { formatCount } from '../points/format-count';
import { roundPoints } from '../points/round-points';

const plural = (n: number, one: string, many: string): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * What reading every issue again would cost, as an admin weighs it before starting: points, what they are for, and
 * how long at the site's background budget.
 *
 * @example
 * describeRereadEstimate({ projects: 8, issues: 426, points: 100_946, hoursAtBudget: 15.5 });
 * // => "About 101,000 points (426 issues in 8 projects): about 15.5 h at this site's budget."
 */
export function describeRereadEstimate(estimate: FullRereadEstimateDto): string {
  if (estimate.projects === 0) return 'Nothing to read again yet: no project has been refreshed.';
  const cost = `About ${plural(roundPoints(estimate.points), 'point', 'points')} (${plural(estimate.issues, 'issue', 'issues')} in ${plural(estimate.projects, 'project', 'projects')})`;
  return estimate.hoursAtBudget === null
    ? `${cost}: this site's budget leaves refresh no points, so it would not finish until the budget is raised.`
    : `${cost}: ${describeHours(estimate.hoursAtBudget)} at this site's budget.`;
}

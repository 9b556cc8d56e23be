import { makeExactSum } from '../math/exact-sum';
import type { AggregateProgress } from './aggregate-progress';
import { progressMeasureOf } from './progress-measure-of';
import type { ProjectProgress } from './project-progress';

/**
 * Combines projects' progress into a program's: sums each measure across projects, and builds the combined figure
 * as the item-count-weighted mean of each project's own fraction (points where it estimates, else count), so a
 * project measured by count is not silently left out of a program whose other projects estimate. The result does
 * not depend on the order of the projects. See {@link AggregateProgress} for the rule.
 *
 * @example
 * // 3 items, 2 of 6 points done (33%), and 5 unestimated items, 3 done (60%): (3 x 1/3 + 3) / 8 = 50%.
 * combineProgress([pointsProject, countProject]).combined; // { done: 4, total: 8, ratio: 0.5 }
 * combineProgress([pointsProject, countProject]).measuredBy; // { estimate: 1, count: 1, none: 0 }
 */
export function combineProgress(projects: readonly ProjectProgress[]): AggregateProgress {
  const sums = {
    countDone: makeExactSum(),
    countTotal: makeExactSum(),
    estimateDone: makeExactSum(),
    estimateTotal: makeExactSum(),
    combinedDone: makeExactSum(),
  };
  const measuredBy = { estimate: 0, count: 0, none: 0 };
  for (const { byCount, byEstimate } of projects) {
    sums.countDone.add(byCount.done);
    sums.countTotal.add(byCount.total);
    sums.estimateDone.add(byEstimate.done);
    sums.estimateTotal.add(byEstimate.total);
    if (byEstimate.total > 0 && byEstimate.ratio !== null) {
      measuredBy.estimate += 1;
      sums.combinedDone.add(byEstimate.ratio * byCount.total);
    } else if (byCount.total > 0) {
      measuredBy.count += 1;
      // The done count itself rather than ratio x total, so an all-count program equals its summed byCount exactly.
      sums.combinedDone.add(byCount.done);
    } else {
      measuredBy.none += 1;
    }
  }
  return {
    byCount: progressMeasureOf(sums.countDone.total(), sums.countTotal.total()),
    byEstimate: progressMeasureOf(sums.estimateDone.total(), sums.estimateTotal.total()),
    combined: progressMeasureOf(sums.combinedDone.total(), sums.countTotal.total()),
    measuredBy,
  };
}

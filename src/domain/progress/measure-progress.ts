import { makeExactSum } from '../math/exact-sum';
import { usableAmount } from '../math/usable-amount';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { RaidMapping } from '../raid/raid-mapping';
import type { WorkItem } from '../work-item/work-item';
import { progressMeasureOf } from './progress-measure-of';
import type { ProjectProgress } from './project-progress';

/**
 * Measures progress over the work items (every item the RAID mapping does not classify), by count and by story
 * points. Items are counted at every hierarchy level as Jira holds them, so a team that estimates both epics and
 * their stories counts those points twice; estimate at one level.
 *
 * @example
 * measureProgress([doneStory3Points, openStory5Points, openRisk]);
 * // { byCount: { done: 1, total: 2, ratio: 0.5 }, byEstimate: { done: 3, total: 8, ratio: 0.375 } }
 */
export function measureProgress(items: readonly WorkItem[], raidMapping: RaidMapping = defaultRaidMapping): ProjectProgress {
  const classify = makeRaidClassifier(raidMapping);
  let doneCount = 0;
  let totalCount = 0;
  const donePoints = makeExactSum();
  const totalPoints = makeExactSum();
  for (const item of items) {
    if (classify(item) !== null) {
      continue;
    }
    const isDone = item.statusCategory === 'done';
    totalCount += 1;
    if (isDone) {
      doneCount += 1;
    }
    const points = usableAmount(item.estimate.storyPoints);
    if (points !== null) {
      totalPoints.add(points);
      if (isDone) {
        donePoints.add(points);
      }
    }
  }
  return {
    byCount: progressMeasureOf(doneCount, totalCount),
    byEstimate: progressMeasureOf(donePoints.total(), totalPoints.total()),
  };
}

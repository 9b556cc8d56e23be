import type { WorkItem } from '../work-item/work-item';
import type { StatusCounts } from './status-counts';

/**
 * Counts items per status category (RAID items included: this is what the project holds, not its progress).
 *
 * @example
 * countByStatusCategory([todo, inProgress, done, done]); // { total: 4, new: 1, indeterminate: 1, done: 2 }
 */
export function countByStatusCategory(items: readonly Pick<WorkItem, 'statusCategory'>[]): StatusCounts {
  const counts = { total: 0, new: 0, indeterminate: 0, done: 0 };
  for (const item of items) {
    counts.total += 1;
    counts[item.statusCategory] += 1;
  }
  return counts;
}

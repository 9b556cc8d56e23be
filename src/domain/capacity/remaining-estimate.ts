import { usableAmount } from '../math/usable-amount';
import type { WorkItem } from '../work-item/work-item';
import type { CapacityUnit } from './capacity-unit';

/** A person-day is a working day of 8 hours, as Jira's default time tracking counts one: 8 × 3,600 seconds. */
const secondsPerPersonDay = 28_800;

/**
 * An item's estimate in a capacity unit: its story points, or its original estimate in person-days. The estimate is
 * the whole of it, not what is left: Jira's remaining estimate is rarely kept up, and a finished item counts nothing
 * (the caller leaves done items out).
 *
 * @returns the estimate, or null when the item has no usable estimate in that unit (absent, negative, not finite).
 * @example
 * remainingEstimate(storyOf5Points, 'story-points');          // 5
 * remainingEstimate(itemWith57600Seconds, 'person-days');     // 2
 * remainingEstimate(itemWithoutOriginalEstimate, 'person-days'); // null
 */
export function remainingEstimate(item: WorkItem, unit: CapacityUnit): number | null {
  if (unit === 'story-points') return usableAmount(item.estimate.storyPoints);
  const seconds = usableAmount(item.estimate.originalEstimateSeconds);
  return seconds === null ? null : seconds / secondsPerPersonDay;
}

import { assertNever } from '../assert-never';
import type { WorkItem } from '../work-item/work-item';
import type { RequirableField } from './requirable-field';

/**
 * Whether the item has a value in the field; blank text and empty label lists count as missing.
 *
 * @example
 * hasFieldValue({ ...item, due: '2026-03-01' }, 'due'); // true
 * hasFieldValue({ ...item, labels: [] }, 'labels');     // false
 */
export function hasFieldValue(item: WorkItem, field: RequirableField): boolean {
  switch (field) {
    case 'assignee':
      return item.assigneeId !== null;
    case 'due':
      return item.due !== null;
    case 'start':
      return item.start !== null;
    case 'estimate':
      return item.estimate.storyPoints !== null || item.estimate.originalEstimateSeconds !== null;
    case 'priority':
      return item.priority !== null && item.priority.trim() !== '';
    case 'labels':
      return item.labels.length > 0;
    case 'parent':
      return item.parentKey !== null;
    case 'mitigation':
      return item.raid.mitigation !== null && item.raid.mitigation.trim() !== '';
    case 'probability':
      return item.raid.probability !== null;
    case 'impact':
      return item.raid.impact !== null;
    case 'budget':
      return item.cost.budget !== null;
    case 'actualCost':
      return item.cost.actualCost !== null;
    default:
      return assertNever(field);
  }
}

import type { WorkItem } from '../work-item/work-item';
import { inScope } from './in-scope';
import type { ItemSelector } from './item-selector';

/**
 * Whether the item is one the selector picks: in its scope and, when labels are given, carrying one of them.
 *
 * @example
 * matchesSelector({ issueTypes: [], statusCategories: [], labels: ['design'] }, { ...item, labels: ['Design'] }); // true
 */
export function matchesSelector(selector: ItemSelector, item: WorkItem): boolean {
  if (!inScope(selector, item)) return false;
  if (selector.labels.length === 0) return true;
  const wanted = new Set(selector.labels.map((l) => l.toLowerCase()));
  return item.labels.some((l) => wanted.has(l.toLowerCase()));
}

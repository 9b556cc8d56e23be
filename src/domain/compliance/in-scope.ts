import type { WorkItem } from '../work-item/work-item';
import type { RuleScope } from './rule-scope';

/**
 * Whether a rule with this scope applies to the item.
 *
 * @example
 * inScope({ issueTypes: ['Story'], statusCategories: [] }, story); // true
 * inScope({ issueTypes: ['Epic'], statusCategories: [] }, story);  // false
 */
export function inScope(scope: RuleScope, item: WorkItem): boolean {
  const type = item.issueType.toLowerCase();
  const typeOk = scope.issueTypes.length === 0 || scope.issueTypes.some((t) => t.toLowerCase() === type);
  const statusOk = scope.statusCategories.length === 0 || scope.statusCategories.includes(item.statusCategory);
  return typeOk && statusOk;
}

import type { RuleScope } from './rule-scope';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { inScope } from './in-scope';
import { notApplicable } from './not-applicable';
import { pass } from './pass';

/**
 * Owner required: an item in scope must have an assignee.
 *
 * @example
 * evaluateOwnerRequired({ ...rule, scope: anyScope }, { ...item, assigneeId: null }); // fail: no owner
 */
export function evaluateOwnerRequired(rule: { readonly scope: RuleScope }, item: WorkItem): CheckOutcome {
  if (!inScope(rule.scope, item)) return notApplicable;
  return item.assigneeId === null ? fail('no owner (assignee)') : pass;
}

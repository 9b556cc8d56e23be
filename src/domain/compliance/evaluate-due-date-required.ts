import type { RuleScope } from './rule-scope';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { inScope } from './in-scope';
import { notApplicable } from './not-applicable';
import { pass } from './pass';

/**
 * Due date required: an item in scope must have a due date.
 *
 * @example
 * evaluateDueDateRequired({ ...rule, scope: anyScope }, { ...item, due: null }); // { outcome: 'fail', detail: 'no due date' }
 */
export function evaluateDueDateRequired(rule: { readonly scope: RuleScope }, item: WorkItem): CheckOutcome {
  if (!inScope(rule.scope, item)) return notApplicable;
  return item.due === null ? fail('no due date') : pass;
}

import type { RequirableField } from './requirable-field';
import type { RuleScope } from './rule-scope';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { hasFieldValue } from './has-field-value';
import { inScope } from './in-scope';
import { notApplicable } from './not-applicable';
import { pass } from './pass';

/**
 * Field required: an item in scope must have the field.
 *
 * @example
 * evaluateFieldRequired({ ...rule, field: 'assignee', scope: anyScope }, unassigned); // { outcome: 'fail', detail: 'assignee is empty' }
 */
export function evaluateFieldRequired(rule: { readonly field: RequirableField; readonly scope: RuleScope }, item: WorkItem): CheckOutcome {
  if (!inScope(rule.scope, item)) return notApplicable;
  return hasFieldValue(item, rule.field) ? pass : fail(`${rule.field} is empty`);
}

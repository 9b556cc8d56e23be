import type { RuleScope } from './rule-scope';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { inScope } from './in-scope';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleContext } from './rule-context';
import { elapsedDaysSince } from '../time/elapsed-days-since';

/**
 * No stale progress: an item in progress (and in scope) must have been updated within `maxDays`.
 *
 * @example
 * evaluateNoStaleProgress({ ...rule, maxDays: 14 }, inProgressUpdated20DaysAgo, ctx); // fail: not updated for 20 days
 */
export function evaluateNoStaleProgress(rule: { readonly maxDays: number; readonly scope: RuleScope }, item: WorkItem, ctx: RuleContext): CheckOutcome {
  if (item.statusCategory !== 'indeterminate' || !inScope(rule.scope, item)) return notApplicable;
  const days = elapsedDaysSince(item.updated, ctx.now);
  if (days === null) return notApplicable;
  return days > rule.maxDays ? fail(`in progress and not updated for ${String(days)} days (limit ${String(rule.maxDays)})`) : pass;
}

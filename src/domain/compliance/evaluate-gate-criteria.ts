import type { ItemSelector } from './item-selector';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { matchesSelector } from './matches-selector';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleContext } from './rule-context';

/**
 * Gate criteria: once the phase has started, every item the rule requires must be done. Before the phase starts, and
 * for items the rule does not pick, the check is not applicable.
 *
 * @example
 * evaluateGateCriteria({ ...rule, phase: 'Build', required: designDocs }, openDesignDoc, { ...ctx, startedPhases: new Set(['build']) }); // fail
 */
export function evaluateGateCriteria(rule: { readonly phase: string; readonly required: ItemSelector }, item: WorkItem, ctx: RuleContext): CheckOutcome {
  if (!ctx.startedPhases.has(rule.phase.toLowerCase()) || !matchesSelector(rule.required, item)) return notApplicable;
  return item.statusCategory === 'done' ? pass : fail(`phase ${rule.phase} has started but this item is ${item.statusName}`);
}

import type { ItemSelector } from './item-selector';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { matchesSelector } from './matches-selector';
import { notApplicable } from './not-applicable';
import { pass } from './pass';

/**
 * Project count: the project must hold at least `min` and at most `max` of the items the selector picks (either
 * bound may be null); with neither bound the rule is not applicable.
 *
 * @example
 * evaluateProjectCount({ ...rule, selector: milestones, min: 1, max: null }, []); // fail: 0 found, at least 1 required
 */
export function evaluateProjectCount(
  rule: { readonly selector: ItemSelector; readonly min: number | null; readonly max: number | null },
  items: readonly WorkItem[],
): CheckOutcome {
  if (rule.min === null && rule.max === null) return notApplicable;
  const count = items.filter((item) => matchesSelector(rule.selector, item)).length;
  if (rule.min !== null && count < rule.min) return fail(`${String(count)} found, at least ${String(rule.min)} required`);
  if (rule.max !== null && count > rule.max) return fail(`${String(count)} found, at most ${String(rule.max)} allowed`);
  return pass;
}

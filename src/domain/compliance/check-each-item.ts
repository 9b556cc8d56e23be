import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import type { RuleCheck } from './rule-check';

/**
 * One check per item, for rules that judge each item on its own.
 *
 * @example
 * checkEachItem([story], () => pass); // [{ itemKey: 'PMO-1', result: { outcome: 'pass' } }]
 */
export function checkEachItem(items: readonly WorkItem[], check: (item: WorkItem) => CheckOutcome): RuleCheck[] {
  return items.map((item) => ({ itemKey: item.key, result: check(item) }));
}

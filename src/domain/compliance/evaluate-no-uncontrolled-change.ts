import { findUncontrolledSlips } from '../change-control/find-uncontrolled-slips';
import type { WorkItem } from '../work-item/work-item';
import { fail } from './fail';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleCheck } from './rule-check';
import type { RuleContext } from './rule-context';

/**
 * No uncontrolled change: every baselined milestone, gate or epic now due later than the project's current approved
 * version must be covered by an approved change (which would have made a later version). One failed check per
 * uncontrolled slip, on the slipped item, naming its approved and current dates; one passed check for the project
 * when there is none. Not applicable before any baseline was approved; no check where the project's change control
 * is not known.
 *
 * @example
 * evaluateNoUncontrolledChange(items, { ...ctx, changeControl: { policy, current: v2, decisions: [] } });
 * // [{ itemKey: 'CORE-7', result: { outcome: 'fail', detail: 'CORE-7 is due 2026-03-22, 7 days after its approved 2026-03-15 (baseline v2), with no approved change' } }]
 */
export function evaluateNoUncontrolledChange(items: readonly WorkItem[], ctx: RuleContext): readonly RuleCheck[] {
  if (ctx.changeControl === null) return [];
  const { current } = ctx.changeControl;
  if (current === null) return [{ itemKey: null, result: notApplicable }];
  const { slips } = findUncontrolledSlips(current, { items, budgetAtCompletion: null, scope: null }, []);
  if (slips.length === 0) return [{ itemKey: null, result: pass }];
  return slips.map((slip) => ({
    itemKey: slip.itemKey,
    result: fail(
      `${slip.itemKey} is due ${slip.currentDue}, ${String(slip.daysLate)} day${slip.daysLate === 1 ? '' : 's'} after its approved ` +
        `${slip.approvedDue} (baseline v${String(current.version)}), with no approved change`,
    ),
  }));
}

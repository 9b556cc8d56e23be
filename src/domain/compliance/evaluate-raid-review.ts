import type { RaidKind } from '../raid/raid-kind';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleContext } from './rule-context';
import { elapsedDaysSince } from '../time/elapsed-days-since';

/**
 * RAID review: an open RAID item of the listed kinds (all kinds when the list is empty) must have been updated within
 * `maxDays`, Jira's "updated" standing for the last review.
 *
 * @example
 * evaluateRaidReview({ ...rule, maxDays: 30, raidKinds: ['risk'] }, riskUpdated45DaysAgo, ctx); // fail
 */
export function evaluateRaidReview(
  rule: { readonly maxDays: number; readonly raidKinds: readonly RaidKind[] },
  item: WorkItem,
  ctx: RuleContext,
): CheckOutcome {
  if (item.statusCategory === 'done') return notApplicable;
  const kind = ctx.classifyRaid(item);
  if (kind === null || (rule.raidKinds.length > 0 && !rule.raidKinds.includes(kind))) return notApplicable;
  const days = elapsedDaysSince(item.updated, ctx.now);
  if (days === null) return notApplicable;
  return days > rule.maxDays ? fail(`${kind} not reviewed for ${String(days)} days (every ${String(rule.maxDays)} days required)`) : pass;
}

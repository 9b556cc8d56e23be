import { changeStateOf } from '../change-control/change-state-of';
import { isChangeRequest } from '../change-control/is-change-request';
import { calendarDaysBetween } from '../time/calendar-days-between';
import { parseInstant } from '../time/parse-instant';
import { utcDayOf } from '../time/utc-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { checkEachItem } from './check-each-item';
import { fail } from './fail';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleCheck } from './rule-check';
import type { RuleContext } from './rule-context';

const days = (count: number): string => `${String(count)} day${count === 1 ? '' : 's'}`;

/**
 * Changes decided within N days: a change request (by the template's change policy) still pending more than
 * `maxDays` calendar days after it was raised fails, and so does one decided more than `maxDays` days after; a change
 * decided in time, or pending for no longer, passes. A change decided by its workflow status is judged by its
 * resolution date and passes when it has none (the refresh reads no changelog to date it). Other items are not
 * applicable; no check is made where the project's change control is not known.
 *
 * @example
 * evaluateChangesDecidedWithin({ maxDays: 10 }, [crRaised14DaysAgo], ctx);
 * // [{ itemKey: 'CR-12', result: { outcome: 'fail', detail: 'pending 14 days since it was raised on 2026-02-24 (decide within 10 days)' } }]
 */
export function evaluateChangesDecidedWithin(rule: { readonly maxDays: number }, items: readonly WorkItem[], ctx: RuleContext): readonly RuleCheck[] {
  if (ctx.changeControl === null) return [];
  const isChange = isChangeRequest(ctx.changeControl.policy);
  const stateOf = changeStateOf(ctx.changeControl.policy, ctx.changeControl.decisions);
  const today = utcDayOf(ctx.now);
  const limit = `decide within ${days(rule.maxDays)}`;
  return checkEachItem(items, (item): CheckOutcome => {
    const created = parseInstant(item.created);
    if (!isChange(item) || created === null) return notApplicable;
    const raised = utcDayOf(created);
    const state = stateOf(item);
    if (!state.decided) {
      const waited = calendarDaysBetween(raised, today);
      return waited > rule.maxDays ? fail(`pending ${days(waited)} since it was raised on ${raised} (${limit})`) : pass;
    }
    if (state.decidedAt === null) return pass;
    const took = calendarDaysBetween(raised, utcDayOf(state.decidedAt));
    return took > rule.maxDays ? fail(`${state.outcome} ${days(took)} after it was raised on ${raised} (${limit})`) : pass;
  });
}

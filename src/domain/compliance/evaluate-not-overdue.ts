import type { RuleScope } from './rule-scope';
import { calendarDayOf } from '../time/calendar-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { inScope } from './in-scope';
import { notApplicable } from './not-applicable';
import { pass } from './pass';
import type { RuleContext } from './rule-context';

/**
 * Not overdue: an unresolved item in scope must not be past its due date (due today is not overdue). Done items and
 * items without a due date are not applicable.
 *
 * @example
 * evaluateNotOverdue(rule, { ...item, due: '2026-03-01' }, { ...ctx, today: calendarDayOf('2026-03-05') }); // fail: 4 days overdue
 */
export function evaluateNotOverdue(rule: { readonly scope: RuleScope }, item: WorkItem, ctx: RuleContext): CheckOutcome {
  const due = calendarDayOf(item.due);
  if (!inScope(rule.scope, item) || item.statusCategory === 'done' || due === null) return notApplicable;
  const late = ctx.today - due;
  return late > 0 ? fail(`${String(late)} day${late === 1 ? '' : 's'} overdue (due ${item.due ?? ''})`) : pass;
}

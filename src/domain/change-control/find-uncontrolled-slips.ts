import type { IssueKey } from '../ids/issue-key';
import type { CalendarDay } from '../time/calendar-day';
import { calendarDaysBetween } from '../time/calendar-days-between';
import { writtenDayOf } from '../time/written-day-of';
import type { ApprovedBaseline } from './approved-baseline';
import type { CurrentPlan } from './current-plan';
import type { DueDateMove } from './due-date-move';
import type { GrowthBeyondBaseline } from './growth-beyond-baseline';
import type { UncontrolledChange } from './uncontrolled-change';
import type { UncontrolledSlip } from './uncontrolled-slip';

/** The latest move of `key` that crossed `approved`: from on or before it (or from no date) to after it. */
function crossingMove(key: IssueKey, approved: CalendarDay, moves: readonly DueDateMove[]): UncontrolledSlip['move'] {
  let latest: DueDateMove | null = null;
  let has: CalendarDay | null = null;
  for (const move of moves) {
    const to = move.to;
    if (move.issueKey !== key || to === null || to <= approved || (move.from !== null && move.from > approved)) continue;
    // Equal instants: the later date is taken, so the answer does not depend on the changelog's order.
    if (latest === null || has === null || move.at > latest.at || (move.at === latest.at && to > has)) {
      latest = move;
      has = to;
    }
  }
  return latest === null || has === null ? null : { had: latest.from, has, movedAt: latest.at, movedBy: latest.by };
}

function growth(approved: number | null, current: number | null): GrowthBeyondBaseline | null {
  if (approved === null || current === null || !Number.isFinite(current) || current <= approved) return null;
  return { approved, current, beyond: current - approved };
}

/**
 * What lies beyond a project's current approved baseline without approval. Approved changes are already inside
 * `approved` (each made a version), so whatever the current plan exceeds it by is uncontrolled: every held item whose
 * due date is now later than its approved one is a slip for the remainder, named with the latest changelog move that
 * took it past the approved date (what it had, what it has, when and by whom); a budget or scope above the approved
 * figure is reported as growth. An item now due earlier, undated or missing is not a slip.
 *
 * @example
 * // v2 approved CORE-7 on 2026-03-15 (v1 said 2026-03-01, CR-12 added 14 days); Bob then moved it to 2026-03-22.
 * findUncontrolledSlips(v2, { items: [core7], budgetAtCompletion: 120_000, scope: 240 }, moves).slips;
 * // [{ itemKey: 'CORE-7', approvedDue: '2026-03-15', currentDue: '2026-03-22', daysLate: 7,
 * //    move: { had: '2026-03-15', has: '2026-03-22', movedAt: '2026-03-10T09:00:00.000Z', movedBy: 'bob' } }]
 */
export function findUncontrolledSlips(approved: ApprovedBaseline, current: CurrentPlan, moves: readonly DueDateMove[]): UncontrolledChange {
  const currentDue = new Map<string, CalendarDay | null>();
  for (const item of current.items) if (!currentDue.has(item.key)) currentDue.set(item.key, writtenDayOf(item.due));
  const slips: UncontrolledSlip[] = [];
  for (const item of approved.items) {
    const due = currentDue.get(item.key) ?? null;
    if (due === null || due <= item.due) continue;
    slips.push({
      itemKey: item.key,
      kind: item.kind,
      approvedDue: item.due,
      currentDue: due,
      daysLate: calendarDaysBetween(item.due, due),
      move: crossingMove(item.key, item.due, moves),
    });
  }
  return {
    slips,
    budget: growth(approved.budgetAtCompletion, current.budgetAtCompletion),
    scope: growth(approved.scope, current.scope),
  };
}

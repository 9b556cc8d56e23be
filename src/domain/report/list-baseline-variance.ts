import { defaultChangePolicy } from '../change-control/default-change-policy';
import { isChangeRequest } from '../change-control/is-change-request';
import { makeExactSum } from '../math/exact-sum';
import { usableAmount } from '../math/usable-amount';
import type { CalendarDay } from '../time/calendar-day';
import { calendarDaysBetween } from '../time/calendar-days-between';
import { writtenDayOf } from '../time/written-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { ReportBudgetVariance, ReportDateVariance } from './report-change-control';
import type { ReportProjectInput } from './status-report-input';

export interface BaselineVariance {
  /** Each item the original or the current approved version holds, in issue-key order; empty without a baseline. */
  readonly dates: readonly ReportDateVariance[];
  /** Null when the project has no approved baseline. */
  readonly budget: ReportBudgetVariance | null;
}

const daysBetween = (from: CalendarDay | null, to: CalendarDay | null): number | null => (from === null || to === null ? null : calendarDaysBetween(from, to));
const difference = (from: number | null, to: number | null): number | null => (from === null || to === null ? null : to - from);

/** The budget at completion as the roll-up sums it: every item's budget but the change requests'; null when none has one. */
function budgetAtCompletion(items: readonly WorkItem[], isChange: (item: WorkItem) => boolean): number | null {
  const sum = makeExactSum();
  let budgeted = false;
  for (const item of items) {
    const amount = isChange(item) ? null : usableAmount(item.cost.budget);
    if (amount === null) continue;
    sum.add(amount);
    budgeted = true;
  }
  return budgeted ? sum.total() : null;
}

/**
 * A project's variance against both its original approved baseline (v1) and its current approved version: each
 * baselined item's due date now against each, in calendar days (positive is later), and the budget at completion now
 * (summed from the stored items as the roll-up does) against each version's approved figure.
 *
 * @example
 * listBaselineVariance(core).dates[0]; // { itemKey: 'CORE-7', originalDue: '2026-12-01', approvedDue: '2026-12-15', currentDue: '2026-12-20', daysVsOriginal: 19, daysVsApproved: 5, ... }
 */
export function listBaselineVariance(project: ReportProjectInput): BaselineVariance {
  const versions = [...(project.changeControl?.versions ?? [])].sort((a, b) => a.version - b.version);
  const original = versions[0];
  const approved = versions.at(-1);
  if (original === undefined || approved === undefined) return { dates: [], budget: null };
  const projectKey = project.current.project.key;
  const byKey = new Map<string, WorkItem>(project.items.map((item) => [item.key, item]));
  const originalDue = new Map<string, CalendarDay>(original.items.map((item) => [item.key, item.due]));
  const approvedDue = new Map<string, CalendarDay>(approved.items.map((item) => [item.key, item.due]));
  const keys = [...new Set([...originalDue.keys(), ...approvedDue.keys()])].sort();
  const dates = keys.map((itemKey): ReportDateVariance => {
    const item = byKey.get(itemKey);
    const before = originalDue.get(itemKey) ?? null;
    const now = approvedDue.get(itemKey) ?? null;
    const current = writtenDayOf(item?.due ?? null);
    return {
      projectKey,
      itemKey,
      summary: item?.summary ?? null,
      originalDue: before,
      approvedDue: now,
      currentDue: current,
      daysVsOriginal: daysBetween(before, current),
      daysVsApproved: daysBetween(now, current),
    };
  });
  const current = budgetAtCompletion(project.items, isChangeRequest(project.changeControl?.policy ?? defaultChangePolicy));
  return {
    dates,
    budget: {
      projectKey,
      name: project.current.project.name,
      currentVersion: approved.version,
      original: original.budgetAtCompletion,
      approved: approved.budgetAtCompletion,
      current,
      vsOriginal: difference(original.budgetAtCompletion, current),
      vsApproved: difference(approved.budgetAtCompletion, current),
    },
  };
}

import { compareIssueKeys } from '../ids/compare-issue-keys';
import { calendarDayOf } from '../time/calendar-day-of';
import { todayOf } from '../time/today-of';
import { writtenDayOf } from '../time/written-day-of';
import type { WorkItem } from '../work-item/work-item';
import { isMilestone } from './is-milestone';
import type { MilestoneSummary } from './milestone-summary';

/**
 * Summarises a project's milestones (issue type "Milestone" or label `milestone`) on the calendar day of `now`:
 * - done: in a done status;
 * - overdue: not done and due before today (due today is not yet late);
 * - next: the unfinished milestone due earliest on or after today (ties go to the lower issue key, so the answer
 *   does not depend on the order of the items);
 * - slip: days late, counted for overdue milestones up to today and for done ones from the due date to the
 *   resolution date when resolved after it; `slipped` counts those late milestones, `totalDays` sums and `maxDays`
 *   is the largest lateness;
 * - undated: milestones without a due date, which cannot be late or next.
 *
 * @throws RangeError when `now` is not an ISO 8601 date-time.
 * @example
 * // today 2026-03-10; M1 open due 03-05, M2 open due 03-20, M3 done due 03-01 resolved 03-04
 * summarizeMilestones([m1, m2, m3], '2026-03-10T12:00:00Z');
 * // { total: 3, done: 1, overdue: 1, undated: 0, next: { key: 'P-2', summary: 'M2', due: '2026-03-20' },
 * //   slip: { slipped: 2, totalDays: 8, maxDays: 5 } }
 */
export function summarizeMilestones(items: readonly WorkItem[], now: string): MilestoneSummary {
  const today = todayOf(now);
  let total = 0;
  let done = 0;
  let overdue = 0;
  let undated = 0;
  let slipped = 0;
  let totalDays = 0;
  let maxDays = 0;
  let next: { readonly item: WorkItem; readonly due: string; readonly dueDay: number } | null = null;

  for (const item of items) {
    if (!isMilestone(item)) {
      continue;
    }
    total += 1;
    const isDone = item.statusCategory === 'done';
    if (isDone) {
      done += 1;
    }
    const due = writtenDayOf(item.due);
    const dueDay = calendarDayOf(due);
    if (due === null || dueDay === null) {
      undated += 1;
      continue;
    }
    let daysLate = 0;
    if (isDone) {
      const resolvedDay = calendarDayOf(item.resolved);
      daysLate = resolvedDay === null ? 0 : resolvedDay - dueDay;
    } else if (dueDay < today) {
      overdue += 1;
      daysLate = today - dueDay;
    } else if (next === null || dueDay < next.dueDay || (dueDay === next.dueDay && compareIssueKeys(item.key, next.item.key) < 0)) {
      next = { item, due, dueDay };
    }
    if (daysLate > 0) {
      slipped += 1;
      totalDays += daysLate;
      maxDays = Math.max(maxDays, daysLate);
    }
  }

  return {
    total,
    done,
    overdue,
    undated,
    next: next === null ? null : { key: next.item.key, summary: next.item.summary, due: next.due },
    slip: { slipped, totalDays, maxDays },
  };
}

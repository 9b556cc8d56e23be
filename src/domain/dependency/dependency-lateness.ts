import { calendarDayOf } from '../time/calendar-day-of';
import { todayOf } from '../time/today-of';
import type { DependencyEnd } from './dependency';

/**
 * Whether a blocker is late for the issue it blocks, and why. A done blocker is never late. An unfinished blocker is
 * late when it is overdue (due before today), or when it is due after the item it blocks is due (the blocked item
 * cannot finish on time). Without a due date on the blocker nothing can be judged, so it is not late.
 *
 * @returns the reason it is late, or null when it is not.
 * @example
 * dependencyLateness({ ...beta4, due: '2027-01-10' }, { ...alpha5, due: '2026-12-15' }, '2026-11-20T12:00Z');
 * // 'BETA-4 is due 2027-01-10, 26 days after ALPHA-5 (2026-12-15)'
 */
export function dependencyLateness(blocker: DependencyEnd, blocked: DependencyEnd | null, now: string): string | null {
  if (blocker.statusCategory === 'done') return null;
  const blockerDue = calendarDayOf(blocker.due);
  if (blockerDue === null) return null;
  const today = todayOf(now);
  if (blockerDue < today) return `${blocker.key} is overdue: it was due ${blocker.due ?? ''}, ${today - blockerDue} days ago`;
  const blockedDue = blocked === null || blocked.statusCategory === 'done' ? null : calendarDayOf(blocked.due);
  if (blocked !== null && blockedDue !== null && blockerDue > blockedDue) {
    return `${blocker.key} is due ${blocker.due ?? ''}, ${blockerDue - blockedDue} days after ${blocked.key} (${blocked.due ?? ''})`;
  }
  return null;
}

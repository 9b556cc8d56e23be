import { calendarDaysBetween } from '../time/calendar-days-between';
import type { CalendarDay } from '../time/calendar-day';
import { utcDayOf } from '../time/utc-day-of';
import type { ChangeDecision } from './change-decision';
import type { ChangeRequest } from './change-request';
import { latestDecisionOf } from './latest-decision-of';
import type { PendingChange } from './pending-change';

/**
 * The change requests still waiting for a decision (none yet, or the standing one is `pending`), oldest first, each
 * with its age in calendar days on `today`. A deferred change has been decided and is not pending.
 *
 * @example
 * pendingChanges([cr12, cr13], [approvedCr12], day('2026-03-20'));
 * // [{ change: cr13, since: '2026-03-06', ageDays: 14 }]
 */
export function pendingChanges(changes: readonly ChangeRequest[], decisions: readonly ChangeDecision[], today: CalendarDay): readonly PendingChange[] {
  const pending: PendingChange[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    if (seen.has(change.key)) continue;
    seen.add(change.key);
    const standing = latestDecisionOf(change.key, decisions);
    if (standing !== null && standing.outcome !== 'pending') continue;
    const since = utcDayOf(change.created);
    // A change raised "after" today means the clocks disagree; it has waited no time yet.
    pending.push({ change, since, ageDays: Math.max(0, calendarDaysBetween(since, today)) });
  }
  return pending.sort((a, b) => b.ageDays - a.ageDays || (a.change.key < b.change.key ? -1 : a.change.key > b.change.key ? 1 : 0));
}

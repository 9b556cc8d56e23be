import { calendarDayOf } from '../time/calendar-day-of';
import { todayOf } from '../time/today-of';
import type { WorkItem } from '../work-item/work-item';

/** How many days a RAID item may go without review (an update) before it is stale, unless the template says otherwise. */
export const DEFAULT_RAID_REVIEW_DAYS = 14;

/**
 * Whether an open RAID item is overdue for review: its last update lies more than `reviewDays` calendar days before
 * `now`. Done items are never stale; an item whose update date cannot be read is stale, since nobody can show it was
 * reviewed.
 *
 * @example
 * isStaleRaid({ ...risk, updated: '2026-11-01T10:00:00.000+0000' }, '2026-11-20T12:00:00Z');     // true (19 days)
 * isStaleRaid({ ...risk, updated: '2026-11-10T10:00:00.000+0000' }, '2026-11-20T12:00:00Z');     // false (10 days)
 */
export function isStaleRaid(item: Pick<WorkItem, 'updated' | 'statusCategory'>, now: string, reviewDays: number = DEFAULT_RAID_REVIEW_DAYS): boolean {
  if (item.statusCategory === 'done') return false;
  const updated = calendarDayOf(item.updated);
  return updated === null || todayOf(now) - updated > reviewDays;
}

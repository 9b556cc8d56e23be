import { elapsedDaysSince } from '../time/elapsed-days-since';
import { parseInstant } from '../time/parse-instant';
import type { WorkItem } from '../work-item/work-item';

/** How many days a RAID item may go without review (an update) before it is stale, unless the template says otherwise. */
export const DEFAULT_RAID_REVIEW_DAYS = 14;

/**
 * Whether an open RAID item is overdue for review: more than `reviewDays` whole days have elapsed since its last
 * update, counted in elapsed days as the compliance rules count them (`elapsedDaysSince`), so the "review overdue" mark and the template's
 * RAID review rule agree. Done items are never stale; an item whose update date cannot be read is stale, since nobody
 * can show it was reviewed.
 *
 * @throws RangeError when `now` is not an ISO 8601 date-time.
 * @example
 * isStaleRaid({ ...risk, updated: '2026-11-01T10:00:00.000+0000' }, '2026-11-20T12:00:00Z');     // true (19 days)
 * isStaleRaid({ ...risk, updated: '2026-11-10T10:00:00.000+0000' }, '2026-11-20T12:00:00Z');     // false (10 days)
 * isStaleRaid({ ...risk, updated: '2026-11-10T10:00:00.000+0000' }, '2026-11-20T12:00:00Z', 7);  // true (template: 7)
 */
export function isStaleRaid(item: Pick<WorkItem, 'updated' | 'statusCategory'>, now: string, reviewDays: number = DEFAULT_RAID_REVIEW_DAYS): boolean {
  const instant = parseInstant(now);
  if (instant === null) throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  if (item.statusCategory === 'done') return false;
  const days = elapsedDaysSince(item.updated, instant);
  return days === null || days > reviewDays;
}

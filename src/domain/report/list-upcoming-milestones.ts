import { isMilestone } from '../schedule/is-milestone';
import { calendarDayOf } from '../time/calendar-day-of';
import { todayOf } from '../time/today-of';
import { writtenDayOf } from '../time/written-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { UpcomingMilestone } from './status-report';

/** How far ahead a report looks for milestones, in days. */
export const UPCOMING_DAYS = 30;

/**
 * Unfinished milestones due from today up to 30 days ahead (both ends included), soonest first. Overdue ones are not
 * upcoming: the schedule colour and its reason report them.
 *
 * @example
 * listUpcomingMilestones([alpha8], '2026-11-20T12:00:00.000Z'); // [{ key: 'ALPHA-8', due: '2026-12-20', daysAway: 30, ... }]
 */
export function listUpcomingMilestones(items: readonly WorkItem[], now: string): UpcomingMilestone[] {
  const today = todayOf(now);
  return items
    .flatMap((item) => {
      const dueDay = writtenDayOf(item.due);
      const due = calendarDayOf(dueDay);
      if (!isMilestone(item) || item.statusCategory === 'done' || due === null || dueDay === null) return [];
      const daysAway = due - today;
      if (daysAway < 0 || daysAway > UPCOMING_DAYS) return [];
      return [{ key: item.key, projectKey: item.projectKey, summary: item.summary, due: dueDay, daysAway, statusName: item.statusName }];
    })
    .sort((a, b) => a.daysAway - b.daysAway || a.key.localeCompare(b.key));
}

import { clampFraction } from '../math/clamp-fraction';
import { calendarDayOf } from '../time/calendar-day-of';
import type { WorkItem } from '../work-item/work-item';

/**
 * How much of an item's planned duration has elapsed on a given day, 0..1: linear from its start date to its due
 * date, complete on the due date itself. An item with a due date but no start (or a start not before its due date)
 * is planned 0 until its due date and 1 from then on; an item without a due date has no plan and counts as 0.
 *
 * @param today the calendar day to measure at, as `todayOf(now)` gives it.
 * @example
 * // start 2026-03-01, due 2026-03-11, today 2026-03-06
 * plannedFractionOf({ start: '2026-03-01', due: '2026-03-11' }, todayOf('2026-03-06T00:00:00Z')); // 0.5
 */
export function plannedFractionOf(item: Pick<WorkItem, 'start' | 'due'>, today: number): number {
  const dueDay = calendarDayOf(item.due);
  if (dueDay === null) {
    return 0;
  }
  const startDay = calendarDayOf(item.start);
  if (startDay === null || startDay >= dueDay) {
    return today >= dueDay ? 1 : 0;
  }
  return clampFraction((today - startDay) / (dueDay - startDay));
}

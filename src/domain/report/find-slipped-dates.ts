import { isMilestone } from '../schedule/is-milestone';
import { calendarDayOf } from '../time/calendar-day-of';
import { writtenDayOf } from '../time/written-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { DueDateChange } from './due-date-change';
import { inWindow, type ReportWindow } from './report-window';
import type { SlippedDate } from './status-report';

/**
 * Due dates moved later in the period. Per issue, the changes made in the period are taken oldest first: the date
 * before the first of them is the original (it stays visible however often the date moved), the date after the last
 * is the current one. Only issues whose current date is later than the original are listed, latest slip first.
 * Changes outside the period and issues not among `items` are ignored.
 *
 * @example
 * findSlippedDates([alpha4], [
 *   { key: 'ALPHA-4', at: '2026-11-05T10:00Z', from: '2026-11-20', to: '2026-11-25' },
 *   { key: 'ALPHA-4', at: '2026-11-12T10:00Z', from: '2026-11-25', to: '2026-12-01' },
 * ], window);
 * // [{ key: 'ALPHA-4', originalDue: '2026-11-20', currentDue: '2026-12-01', daysLater: 11, moves: 2, ... }]
 */
export function findSlippedDates(items: readonly WorkItem[], changes: readonly DueDateChange[], window: ReportWindow): SlippedDate[] {
  const byKey = new Map<string, WorkItem>(items.map((item) => [item.key, item]));
  const perIssue = new Map<string, DueDateChange[]>();
  for (const change of changes) {
    if (!byKey.has(change.key) || !inWindow(change.at, window)) continue;
    perIssue.set(change.key, [...(perIssue.get(change.key) ?? []), change]);
  }
  const slipped: SlippedDate[] = [];
  for (const [key, list] of perIssue) {
    const item = byKey.get(key);
    const ordered = [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const first = ordered[0];
    const last = ordered.at(-1);
    if (item === undefined || first === undefined || last === undefined) continue;
    const originalDue = writtenDayOf(first.from);
    const currentDue = writtenDayOf(last.to);
    const original = calendarDayOf(originalDue);
    const current = calendarDayOf(currentDue);
    if (originalDue === null || currentDue === null || original === null || current === null || current <= original) continue;
    slipped.push({
      key: item.key,
      projectKey: item.projectKey,
      summary: item.summary,
      originalDue,
      currentDue,
      daysLater: current - original,
      moves: ordered.length,
      milestone: isMilestone(item),
    });
  }
  return slipped.sort((a, b) => b.daysLater - a.daysLater || a.key.localeCompare(b.key));
}

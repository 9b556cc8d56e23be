import type { MilestoneDto } from '../contract/raid-project-dto';
import type { IssueKey } from '../domain/ids/issue-key';
import { calendarDayOf } from '../domain/time/calendar-day-of';
import { todayOf } from '../domain/time/today-of';
import { isGate } from '../domain/schedule/is-gate';
import { isMilestone } from '../domain/schedule/is-milestone';
import type { WorkItem } from '../domain/work-item/work-item';

/**
 * The project's milestones and phase gates by due date (undated last). A gate is passed when done; otherwise it is
 * ready when no known unfinished issue blocks it and the project has no open critical risk, and not ready with the
 * reasons listed.
 */
export function toMilestoneDtos(
  projectItems: readonly WorkItem[],
  known: ReadonlyMap<IssueKey, WorkItem>,
  openCriticalRisks: number,
  now: string,
): MilestoneDto[] {
  const today = todayOf(now);
  const rows = projectItems
    .filter((item) => isMilestone(item) || isGate(item))
    .map((item): MilestoneDto => {
      const gate = isGate(item) && !isMilestone(item);
      const due = calendarDayOf(item.due);
      const done = item.statusCategory === 'done';
      return {
        key: item.key,
        summary: item.summary,
        kind: gate ? 'gate' : 'milestone',
        statusName: item.statusName,
        statusCategory: item.statusCategory,
        due: item.due,
        overdue: !done && due !== null && due < today,
        readiness: gate ? gateReadiness(item, known, openCriticalRisks) : null,
      };
    });
  return rows.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.key.localeCompare(b.key));
}

function gateReadiness(gate: WorkItem, known: ReadonlyMap<IssueKey, WorkItem>, openCriticalRisks: number): NonNullable<MilestoneDto['readiness']> {
  if (gate.statusCategory === 'done') return { state: 'passed', reasons: [] };
  const blockers = gate.links
    .filter((link) => link.type === 'is-blocked-by')
    .map((link) => known.get(link.otherKey))
    .filter((item): item is WorkItem => item !== undefined && item.statusCategory !== 'done');
  const reasons = [
    ...blockers.map((blocker) => `${blocker.key} blocks it and is not done`),
    ...(openCriticalRisks > 0 ? [`${openCriticalRisks} open critical risk${openCriticalRisks === 1 ? '' : 's'} in the project`] : []),
  ];
  return { state: reasons.length === 0 ? 'ready' : 'not-ready', reasons };
}

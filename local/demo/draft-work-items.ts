import { composeSummary } from './compose-summary';
import { createIssueDraft } from './create-issue-draft';
import type { DemoPriorityName } from './demo-priorities';
import { demoTextPools } from './demo-text-pools';
import { dayMs } from './format-jira-date';
import type { IssueDraft } from './issue-draft';
import { pickDeliveryStatus } from './pick-delivery-status';
import type { ProjectDraftContext } from './project-draft-context';

type WorkKind = 'Story' | 'Task' | 'Bug';

const storyPoints = [1, 2, 3, 3, 5, 5, 8, 13] as const;
const estimateHours = [2, 4, 8, 8, 16, 24] as const;
const priorities: readonly DemoPriorityName[] = ['Highest', 'High', 'High', 'Medium', 'Medium', 'Medium', 'Medium', 'Low', 'Lowest'];
// Chance of an epic parent and of a due date, by kind: bugs are often raised outside any epic and undated.
const shape: Readonly<Record<WorkKind, { inEpic: number; dated: number; summary: 'story' | 'task' | 'bug' }>> = {
  Story: { inEpic: 0.9, dated: 0.75, summary: 'story' },
  Task: { inEpic: 0.85, dated: 0.7, summary: 'task' },
  Bug: { inEpic: 0.5, dated: 0.5, summary: 'bug' },
};

/**
 * Drafts stories, tasks or bugs, most under one of the epics and dated inside it. Stories in Scrum and classic
 * projects carry story points (a few are left unestimated, as on real sites); tasks carry an original estimate.
 * @example
 * draftWorkItems(ctx, 'Story', 20, epics).length; // 20
 */
export function draftWorkItems(ctx: ProjectDraftContext, kind: WorkKind, count: number, epics: readonly IssueDraft[]): IssueDraft[] {
  const { rand, spec, today, startDay } = ctx;
  const items: IssueDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const epic = epics.length > 0 && rand.chance(shape[kind].inEpic) ? rand.pick(epics) : null;
    const lo = epic ? Math.floor(epic.created / dayMs) : startDay;
    const hi = Math.max(lo, Math.min(today - 1, epic?.dueDay != null ? epic.dueDay - 5 : today - 1));
    const createdDay = rand.int(lo, hi);
    let dueDay: number | null = null;
    if (rand.chance(spec.style === 'kanban' ? 0.3 : shape[kind].dated)) {
      dueDay = createdDay + rand.int(5, 40);
      if (epic?.dueDay != null && epic.dueDay > createdDay + 1) dueDay = Math.min(dueDay, epic.dueDay);
    }
    const item = createIssueDraft({
      projectIndex: ctx.projectIndex,
      type: kind,
      summary: composeSummary(shape[kind].summary, spec.topics, rand),
      created: ctx.instantOn(createdDay, epic?.created),
      reporterId: rand.chance(0.3) ? ctx.pmId : rand.pick(spec.memberIds),
      assigneeId: ctx.assignee(0.07),
      priority: rand.pick(priorities),
      dueDay,
      startDay: dueDay !== null && kind !== 'Bug' ? Math.max(createdDay, dueDay - rand.int(3, 14)) : null,
      parent: epic,
      labels: rand.chance(0.35) ? [...new Set([rand.pick(demoTextPools.label), rand.pick(demoTextPools.label)])].sort() : [],
    });
    if (kind === 'Story' && spec.style !== 'kanban' && rand.chance(0.92)) item.storyPoints = rand.pick(storyPoints);
    if (kind !== 'Story' && rand.chance(0.7)) item.originalEstimateSeconds = rand.pick(estimateHours) * 3600;
    item.status = pickDeliveryStatus(dueDay ?? createdDay + 21, today, rand);
    if (item.status === 'Done') ctx.resolveNear(item, dueDay ?? createdDay + rand.int(3, 21), rand.chance(0.06) ? "Won't Do" : 'Done');
    items.push(item);
    ctx.drafts.push(item);
  }
  return items;
}

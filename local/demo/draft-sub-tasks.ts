import { composeSummary } from './compose-summary';
import { createIssueDraft } from './create-issue-draft';
import { dayMs } from './format-jira-date';
import type { IssueDraft } from './issue-draft';
import { pickDeliveryStatus } from './pick-delivery-status';
import type { ProjectDraftContext } from './project-draft-context';

/**
 * Drafts sub-tasks under stories, tasks and bugs. A sub-task never outlives its parent: under a done parent it was
 * done before the parent, under a parent not yet started it has not started either.
 * @example
 * draftSubTasks(ctx, 10, stories).every((s) => s.parent !== null); // true
 */
export function draftSubTasks(ctx: ProjectDraftContext, count: number, parents: readonly IssueDraft[]): IssueDraft[] {
  const { rand, spec, today } = ctx;
  const subtasks: IssueDraft[] = [];
  if (parents.length === 0) return subtasks;
  for (let i = 0; i < count; i += 1) {
    const parent = rand.pick(parents);
    const sub = createIssueDraft({
      projectIndex: ctx.projectIndex,
      type: 'Sub-task',
      summary: composeSummary('subtask', spec.topics, rand),
      created: parent.created,
      reporterId: parent.assigneeId ?? parent.reporterId,
      assigneeId: rand.chance(0.7) ? parent.assigneeId : ctx.assignee(0.1),
      priority: parent.priority,
      parent,
      originalEstimateSeconds: rand.chance(0.6) ? rand.int(1, 8) * 2 * 3600 : null,
    });
    if (parent.status === 'Done' && parent.resolved !== null) {
      const window = parent.resolved - parent.created;
      // The parent took at least an hour (see resolveNear), so the sub-task fits inside it.
      sub.created = parent.created + Math.floor(window * rand.next() * 0.5);
      sub.status = 'Done';
      sub.resolution = 'Done';
      sub.resolved = sub.created + Math.floor((parent.resolved - sub.created) * (0.5 + rand.next() * 0.5));
    } else {
      const parentDay = Math.floor(parent.created / dayMs);
      sub.created = ctx.instantOn(rand.int(parentDay, Math.max(parentDay, Math.min(today - 1, parentDay + 10))), parent.created);
      if (parent.status !== 'To Do') {
        sub.status = pickDeliveryStatus(parent.dueDay ?? parentDay + 14, today, rand);
        if (sub.status === 'Done') ctx.resolveNear(sub, Math.min(today, parent.dueDay ?? today));
      }
    }
    parent.subtasks.push(sub);
    subtasks.push(sub);
    ctx.drafts.push(sub);
  }
  return subtasks;
}

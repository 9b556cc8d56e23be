import { createIssueDraft } from './create-issue-draft';
import { demoTextPools } from './demo-text-pools';
import type { IssueDraft } from './issue-draft';
import type { ProjectDraftContext } from './project-draft-context';

/**
 * Drafts a project's milestones, planned at its start and spread evenly to its end date. Past ones are done, except
 * the latest (and, in every other project, the one before it) and a few at random, which are overdue; in every third
 * project the latest overdue one is labelled `escalate`. The first upcoming one has slipped twice in the last two
 * weeks. The last milestone, and every sixth, is a Task labelled `milestone` rather than a Milestone, as sites
 * without the issue type keep them.
 * @example
 * draftMilestones(ctx, 7).filter((m) => m.type === 'Task').length; // 2: index 5 and the last
 */
export function draftMilestones(ctx: ProjectDraftContext, count: number): IssueDraft[] {
  const { rand, spec, startDay, endDay, today } = ctx;
  const firstDue = startDay + 25;
  const milestones: IssueDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const dueDay = count === 1 ? endDay : firstDue + Math.round((i * (endDay - firstDue)) / (count - 1));
    const names = demoTextPools.milestone;
    const name = names[i % names.length] ?? 'Milestone';
    const round = Math.floor(i / names.length);
    const labelled = i === count - 1 || i % 6 === 5;
    const milestone = createIssueDraft({
      projectIndex: ctx.projectIndex,
      type: labelled ? 'Task' : 'Milestone',
      summary: round > 0 ? `${name} (release ${round + 1})` : name,
      created: ctx.instantOn(Math.min(today - 1, dueDay - 1, startDay + rand.int(0, 14))),
      reporterId: ctx.pmId,
      assigneeId: rand.chance(0.7) ? spec.leadId : ctx.pmId,
      priority: 'High',
      dueDay,
      labels: labelled ? ['milestone'] : [],
    });
    milestones.push(milestone);
    ctx.drafts.push(milestone);
  }
  const past = milestones.filter((m) => m.dueDay !== null && m.dueDay < today);
  const overdue = new Set(past.slice(ctx.projectIndex % 2 === 0 && past.length >= 3 ? -2 : -1));
  for (const milestone of milestones) {
    const dueDay = milestone.dueDay ?? today;
    if (dueDay >= today) milestone.status = dueDay - today <= 30 && rand.chance(0.7) ? 'In Progress' : 'To Do';
    else if (overdue.has(milestone) || rand.chance(0.08)) milestone.status = 'In Progress';
    else ctx.resolveNear(milestone, dueDay);
  }
  const next = milestones.find((m) => m.dueDay !== null && m.dueDay >= today);
  if (next) {
    next.dueMoveCount = 2;
    next.recentDueMoves = true;
  }
  const lastOverdue = past[past.length - 1];
  if (lastOverdue && overdue.has(lastOverdue) && ctx.projectIndex % 3 === 0) lastOverdue.labels = [...lastOverdue.labels, 'escalate'];
  return milestones;
}

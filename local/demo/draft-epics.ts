import { createIssueDraft } from './create-issue-draft';
import type { IssueDraft } from './issue-draft';
import type { ProjectDraftContext } from './project-draft-context';

/**
 * Drafts a project's epics, staggered over its life, each with a start date, a due date, a Budget and the Program.
 * Their status and Actual Cost follow from their children later (see settleEpicProgress).
 * @example
 * draftEpics(ctx, 4).length; // 4
 */
export function draftEpics(ctx: ProjectDraftContext, count: number): IssueDraft[] {
  const { rand, spec, startDay, endDay, today } = ctx;
  const span = endDay - startDay;
  const epics: IssueDraft[] = [];
  for (let e = 0; e < count; e += 1) {
    const epicStart = startDay + Math.floor((e / count) * span * 0.7) + rand.int(0, 5);
    const epicDue = Math.min(endDay, epicStart + Math.floor(span * (0.3 + rand.next() * 0.15)));
    const createdDay = Math.min(today - 1, Math.max(startDay, epicStart - rand.int(0, 10)));
    const names = spec.epicNames.length > 0 ? spec.epicNames : ['Delivery'];
    const baseName = names[e % names.length] ?? 'Delivery';
    const wave = Math.floor(e / names.length);
    const epic = createIssueDraft({
      projectIndex: ctx.projectIndex,
      type: 'Epic',
      summary: wave > 0 ? `${baseName} - wave ${wave + 1}` : baseName,
      description: `${baseName}: the work, budget and benefits of this part of ${spec.name}.`,
      created: ctx.instantOn(createdDay),
      reporterId: ctx.pmId,
      assigneeId: spec.leadId,
      priority: rand.chance(0.4) ? 'High' : 'Medium',
      startDay: epicStart,
      dueDay: epicDue,
      budget: rand.int(12, 80) * 5000,
      program: spec.program,
    });
    epics.push(epic);
    ctx.drafts.push(epic);
  }
  return epics;
}

import { createIssueDraft } from './create-issue-draft';
import { demoTextPools } from './demo-text-pools';
import type { IssueDraft } from './issue-draft';
import type { ProjectDraftContext } from './project-draft-context';

/**
 * Drafts a project's phase gates between its start and end. Gates whose date has passed were approved, except the
 * latest, which still waits In Review; the last gate is a Task labelled `gate` rather than a Gate.
 * @example
 * draftGates(ctx, 3)[2].labels; // ['gate']
 */
export function draftGates(ctx: ProjectDraftContext, count: number): IssueDraft[] {
  const { rand, startDay, endDay, today } = ctx;
  const first = startDay + 15;
  const last = endDay - 10;
  const gates: IssueDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const dueDay = count === 1 ? last : first + Math.round((i * (last - first)) / (count - 1));
    const names = demoTextPools.gate;
    const labelled = i === count - 1 && count > 1;
    const gate = createIssueDraft({
      projectIndex: ctx.projectIndex,
      type: labelled ? 'Task' : 'Gate',
      summary: names[i] ?? `Gate ${i} - Release readiness`,
      created: ctx.instantOn(Math.min(today - 1, dueDay - 1, startDay + rand.int(0, 7))),
      reporterId: ctx.pmId,
      assigneeId: ctx.pmId,
      priority: 'High',
      dueDay,
      labels: labelled ? ['gate'] : [],
    });
    gates.push(gate);
    ctx.drafts.push(gate);
  }
  const past = gates.filter((g) => g.dueDay !== null && g.dueDay < today);
  const awaiting = past[past.length - 1];
  for (const gate of past) {
    if (gate === awaiting) gate.status = 'In Review';
    else ctx.resolveNear(gate, gate.dueDay ?? today);
  }
  return gates;
}

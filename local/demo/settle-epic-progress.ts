import type { IssueDraft } from './issue-draft';
import { pickDeliveryStatus } from './pick-delivery-status';
import type { ProjectDraftContext } from './project-draft-context';

const minuteMs = 60_000;

/**
 * Sets each epic's status from its children (done when all are done, in progress once any has started) and its
 * Actual Cost from the share of children done, with the overrun or underrun real projects show.
 * @example
 * settleEpicProgress(ctx, epics, children); // epics with every child done are Done
 */
export function settleEpicProgress(ctx: ProjectDraftContext, epics: readonly IssueDraft[], children: readonly IssueDraft[]): void {
  const { rand, today, now } = ctx;
  const byEpic = new Map<IssueDraft, IssueDraft[]>(epics.map((epic) => [epic, []]));
  for (const child of children) if (child.parent) byEpic.get(child.parent)?.push(child);
  for (const [epic, kids] of byEpic) {
    const done = kids.filter((kid) => kid.status === 'Done');
    if (kids.length === 0) {
      epic.status = pickDeliveryStatus(epic.dueDay ?? today, today, rand);
      if (epic.status === 'Done') ctx.resolveNear(epic, epic.dueDay ?? today);
    } else if (done.length === kids.length) {
      const lastResolved = Math.max(epic.created, ...done.map((kid) => kid.resolved ?? kid.created));
      epic.status = 'Done';
      epic.resolution = 'Done';
      epic.resolved = Math.min(lastResolved + rand.int(10, 24 * 60) * minuteMs, now - 5 * minuteMs);
    } else {
      epic.status = kids.some((kid) => kid.status !== 'To Do') ? 'In Progress' : 'To Do';
    }
    const budget = epic.budget ?? 0;
    const doneShare = epic.status === 'Done' ? 1 : kids.length === 0 ? 0 : done.length / kids.length;
    const spentShare = epic.status === 'To Do' ? 0 : Math.max(doneShare, 0.05);
    epic.actualCost = Math.round((budget * spentShare * (0.8 + rand.next() * 0.55)) / 100) * 100;
  }
}

import { composeSummary } from './compose-summary';
import { createIssueDraft } from './create-issue-draft';
import type { DemoIssueTypeName } from './demo-issue-types';
import type { DemoPriorityName } from './demo-priorities';
import { demoRiskCells } from './demo-risk-cells';
import { demoTextPools } from './demo-text-pools';
import type { IssueDraft } from './issue-draft';
import type { ProjectDraftContext } from './project-draft-context';

export type RaidKindName = 'risk' | 'assumption' | 'raidIssue' | 'dependency';

const byKind: Readonly<Record<RaidKindName, { type: DemoIssueTypeName; label: string; closed: number; started: number }>> = {
  risk: { type: 'Risk', label: 'raid-risk', closed: 0.2, started: 0.4 },
  assumption: { type: 'Assumption', label: 'raid-assumption', closed: 0.3, started: 0.2 },
  raidIssue: { type: 'Issue', label: 'raid-issue', closed: 0.25, started: 0.55 },
  dependency: { type: 'Dependency', label: 'raid-dependency', closed: 0.3, started: 0.35 },
};

function priorityForScore(score: number): DemoPriorityName {
  if (score >= 15) return 'Highest';
  if (score >= 10) return 'High';
  if (score >= 5) return 'Medium';
  return 'Low';
}

/**
 * Drafts RAID items of one kind. Every fourth (from the second) is a Task carrying the kind's label (raid-risk ...)
 * instead of the issue type, so both mappings appear. Risks take cells of the 5x5 matrix in turn (shifted per
 * project), the first risk stays open, every third lacks a Mitigation and every fifth an owner, so compliance rules
 * have something to find.
 * @example
 * draftRaidItems(ctx, 'risk', 4)[1].labels; // ['raid-risk']
 */
export function draftRaidItems(ctx: ProjectDraftContext, kind: RaidKindName, count: number): IssueDraft[] {
  const { rand, spec, startDay, today } = ctx;
  const config = byKind[kind];
  const items: IssueDraft[] = [];
  for (let i = 0; i < count; i += 1) {
    const labelled = i % 4 === 1;
    const createdDay = rand.int(startDay, today - 1);
    const item = createIssueDraft({
      projectIndex: ctx.projectIndex,
      type: labelled ? 'Task' : config.type,
      summary: composeSummary(kind, spec.topics, rand),
      created: ctx.instantOn(createdDay),
      reporterId: rand.chance(0.5) ? ctx.pmId : spec.leadId,
      assigneeId: kind === 'risk' && i % 5 === 4 ? null : ctx.assignee(0.05),
      priority: kind === 'raidIssue' ? (rand.chance(0.4) ? 'Highest' : 'High') : 'Medium',
      dueDay: createdDay + rand.int(21, 90),
      labels: labelled ? [config.label] : [],
    });
    if (kind === 'risk') {
      const cell = demoRiskCells[(i + 2 * ctx.projectIndex) % demoRiskCells.length] ?? [3, 3];
      item.probability = cell[0];
      item.impact = cell[1];
      item.priority = priorityForScore(cell[0] * cell[1]);
      item.mitigation = i % 3 === 2 ? null : rand.pick(demoTextPools.mitigation);
      if (i === 0 && cell[0] * cell[1] >= 15) item.labels = [...item.labels, 'escalate'];
    }
    if (kind === 'raidIssue' && i === 0) item.labels = [...item.labels, 'escalate'];
    const roll = rand.next();
    const keepOpen = kind === 'risk' && i === 0;
    if (!keepOpen && roll < config.closed) ctx.resolveNear(item, rand.int(createdDay + 1, today));
    else if (keepOpen || roll < config.closed + config.started) item.status = 'In Progress';
    items.push(item);
    ctx.drafts.push(item);
  }
  return items;
}

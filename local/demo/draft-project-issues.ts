import { draftEpics } from './draft-epics';
import { draftGates } from './draft-gates';
import { draftMilestones } from './draft-milestones';
import { draftRaidItems, type RaidKindName } from './draft-raid-items';
import { draftSubTasks } from './draft-sub-tasks';
import { draftWorkItems } from './draft-work-items';
import type { IssueDraft } from './issue-draft';
import { markTimelineEvents } from './mark-timeline-events';
import { planIssueMix } from './plan-issue-mix';
import type { ProjectDraftContext } from './project-draft-context';
import { settleDraftTimeline } from './settle-draft-timeline';
import { settleEpicProgress } from './settle-epic-progress';

const raidKinds: readonly (readonly [RaidKindName, 'risks' | 'assumptions' | 'raidIssues' | 'dependencies'])[] = [
  ['risk', 'risks'],
  ['assumption', 'assumptions'],
  ['raidIssue', 'raidIssues'],
  ['dependency', 'dependencies'],
];

/**
 * Drafts every issue of one project: epics with their stories, tasks, bugs and sub-tasks, then milestones, gates and
 * RAID items, then each issue's history. Exactly `issueCount` drafts come back (see planIssueMix).
 * @example
 * draftProjectIssues(ctx, 60).length; // 60
 */
export function draftProjectIssues(ctx: ProjectDraftContext, issueCount: number): IssueDraft[] {
  const mix = planIssueMix(issueCount, ctx.spec.style);
  const epics = draftEpics(ctx, mix.epics);
  const work = [
    ...draftWorkItems(ctx, 'Story', mix.stories, epics),
    ...draftWorkItems(ctx, 'Task', mix.tasks, epics),
    ...draftWorkItems(ctx, 'Bug', mix.bugs, epics),
  ];
  draftSubTasks(ctx, mix.subtasks, work);
  settleEpicProgress(ctx, epics, work);
  draftMilestones(ctx, mix.milestones);
  draftGates(ctx, mix.gates);
  for (const [kind, mixKey] of raidKinds) draftRaidItems(ctx, kind, mix[mixKey]);
  markTimelineEvents(ctx);
  for (const draft of ctx.drafts) settleDraftTimeline(draft, ctx.now, ctx.rand);
  return ctx.drafts;
}

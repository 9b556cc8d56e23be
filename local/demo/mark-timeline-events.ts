import { dayMs } from './format-jira-date';
import type { ProjectDraftContext } from './project-draft-context';

const staleTypes = new Set(['Story', 'Task', 'Bug', 'Sub-task']);

/**
 * Chooses which of a project's drafts went stale (in progress, untouched for 30+ days: the first candidate and about
 * 2% of the others) and whose due dates moved (about 6% once, 1.5% twice), before their timelines are settled.
 * @example
 * markTimelineEvents(ctx); // ctx.drafts.some((d) => d.stale) when any old in-progress work exists
 */
export function markTimelineEvents(ctx: ProjectDraftContext): void {
  const { rand, now } = ctx;
  const oldEnough = now - 35 * dayMs;
  let staleSoFar = 0;
  for (const draft of ctx.drafts) {
    const candidate = draft.status === 'In Progress' && !draft.recentDueMoves && draft.created <= oldEnough && staleTypes.has(draft.type);
    if (candidate && (staleSoFar === 0 || rand.chance(0.02))) {
      draft.stale = true;
      staleSoFar += 1;
    } else if (draft.dueDay !== null && !draft.recentDueMoves) {
      const roll = rand.next();
      draft.dueMoveCount = roll < 0.015 ? 2 : roll < 0.075 ? 1 : 0;
    }
  }
}

import type { Random } from './create-random';
import type { DemoProjectSpec } from './demo-project-spec';
import { dayMs } from './format-jira-date';
import type { ProjectDraftContext } from './project-draft-context';

const hourMs = 3_600_000;
const minuteMs = 60_000;

/**
 * The shared state for drafting one project's issues.
 * @example
 * const ctx = createProjectDraftContext({ now, rand, projectIndex: 0, spec, pmId });
 * ctx.instantOn(ctx.today - 3); // an instant three days ago, during working hours
 */
export function createProjectDraftContext(input: {
  now: number;
  rand: Random;
  projectIndex: number;
  spec: DemoProjectSpec;
  pmId: string;
}): ProjectDraftContext {
  const { now, rand, spec } = input;
  const today = Math.floor(now / dayMs);
  const latestCreated = now - 2 * hourMs;
  const instantOn = (day: number, notBefore = 0): number => {
    const at = day * dayMs + (8 * 60 + rand.int(0, 10 * 60 - 1)) * minuteMs;
    return Math.min(Math.max(at, notBefore + rand.int(5, 240) * minuteMs), latestCreated);
  };
  const people = [spec.leadId, ...spec.memberIds.filter((id) => id !== spec.leadId)];
  return {
    now,
    today,
    rand,
    projectIndex: input.projectIndex,
    spec,
    startDay: today - spec.startedDaysAgo,
    endDay: today + spec.endsInDays,
    pmId: input.pmId,
    drafts: [],
    instantOn,
    assignee: (unassigned) => (rand.chance(unassigned) ? null : rand.pick(people)),
    resolveNear: (draft, refDay, resolution = 'Done') => {
      const createdDay = Math.floor(draft.created / dayMs);
      const day = Math.min(today, Math.max(createdDay, refDay + rand.int(-8, 4)));
      const at = day * dayMs + (8 * 60 + rand.int(0, 10 * 60 - 1)) * minuteMs;
      draft.status = 'Done';
      draft.resolution = resolution;
      draft.resolved = Math.min(Math.max(at, draft.created + hourMs), now - 5 * minuteMs);
    },
  };
}

import type { DemoProjectStyle } from './demo-project-spec';

/**
 * How many issues of each kind a project gets. RAID kinds count items mapped by issue type and by label alike.
 * (An object type rather than an interface, so Object.values sees numbers.)
 */
export type IssueMix = {
  epics: number;
  stories: number;
  tasks: number;
  bugs: number;
  subtasks: number;
  milestones: number;
  gates: number;
  risks: number;
  assumptions: number;
  raidIssues: number;
  dependencies: number;
};

type PlannedKind = Exclude<keyof IssueMix, 'stories' | 'tasks'>;

// Shares of a project's issues and the least a project of a fair size should have, so every project shows each
// kind (a 5x5 risk matrix needs a few risks, a milestone chart a few milestones).
const governed: readonly (readonly [PlannedKind, number, number])[] = [
  ['epics', 0.04, 2],
  ['milestones', 0.03, 4],
  ['gates', 0.015, 3],
  ['risks', 0.04, 4],
  ['assumptions', 0.012, 2],
  ['raidIssues', 0.015, 2],
  ['dependencies', 0.015, 2],
  ['bugs', 0.1, 0],
  ['subtasks', 0.13, 0],
];
// A Kanban team runs a flow of work: no epics, milestones, gates or RAID items.
const kanban: readonly (readonly [PlannedKind, number, number])[] = [
  ['bugs', 0.2, 0],
  ['subtasks', 0.15, 0],
];

/** Projects smaller than this get plain shares without minimums. */
const minimumsFrom = 40;

/**
 * Shares a project's issue count out over the kinds of issue; the counts always add up to `total`.
 * @example
 * const mix = planIssueMix(2500, 'scrum'); // mix.risks === 100, mix.epics === 100
 */
export function planIssueMix(total: number, style: DemoProjectStyle): IssueMix {
  const mix: IssueMix = {
    epics: 0,
    stories: 0,
    tasks: 0,
    bugs: 0,
    subtasks: 0,
    milestones: 0,
    gates: 0,
    risks: 0,
    assumptions: 0,
    raidIssues: 0,
    dependencies: 0,
  };
  let left = Math.max(0, Math.floor(total));
  for (const [kind, share, minimum] of style === 'kanban' ? kanban : governed) {
    const wanted = Math.max(Math.round(total * share), total >= minimumsFrom ? minimum : 0);
    const count = Math.min(wanted, left);
    mix[kind] = count;
    left -= count;
  }
  // Sub-tasks need parents among the stories, tasks and bugs.
  const parentsLeft = left + mix.bugs;
  if (mix.subtasks > parentsLeft) {
    left += mix.subtasks - parentsLeft;
    mix.subtasks = parentsLeft;
  }
  mix.tasks = Math.round(left * (style === 'kanban' ? 0.45 : 0.35));
  mix.stories = left - mix.tasks;
  return mix;
}

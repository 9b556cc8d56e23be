import { demoNamedProjects } from './demo-named-projects';
import type { DemoProjectSpec } from './demo-project-spec';
import { demoTeamMembers } from './demo-team-members';

/** A project of the demo site and how many issues it gets. */
export interface DemoProjectPlan {
  spec: DemoProjectSpec;
  issueCount: number;
}

/** Issues per project when the site is scaled: about the size of a busy real project. */
export const issuesPerScaledProject = 2500;

const streamTopics = [
  'service catalogue',
  'vendor onboarding',
  'reporting pack',
  'API gateway',
  'access management',
  'workflow automation',
  'test automation',
  'release pipeline',
  'audit evidence',
  'customer notifications',
];
const streamEpics = ['Discovery', 'Foundations', 'Build wave 1', 'Build wave 2', 'Rollout', 'Stabilisation'];

function streamProject(number: number): DemoProjectSpec {
  const first = demoTeamMembers[number % demoTeamMembers.length];
  const second = demoTeamMembers[(number + 2) % demoTeamMembers.length];
  if (!first || !second) throw new Error('the demo needs team members');
  return {
    key: `PS${number}`,
    name: `Program Stream ${number}`,
    description: `Delivery stream ${number} of the transformation portfolio.`,
    program: number % 3 === 0 ? 0 : number % 3 === 1 ? 1 : 2,
    style: number % 2 === 0 ? 'scrum' : 'classic',
    leadId: first.accountId,
    memberIds: [first.accountId, second.accountId],
    topics: streamTopics,
    epicNames: streamEpics,
    defaultIssueCount: 50,
    confidential: false,
    startedDaysAgo: 120 + ((number * 7) % 60),
    endsInDays: 60 + ((number * 13) % 120),
  };
}

/**
 * The projects of the demo site and their issue counts. Unscaled, the eight named projects keep their own sizes;
 * scaled to N issues, the site has max(8, round(N / 2500)) projects (extra ones named "Program Stream 9" onwards) and
 * the N issues are shared out so the counts add up to exactly N. With `firstProjectIssues`, the first project takes
 * exactly that many of the N and the others share the rest: one very large project among ordinary ones.
 * @example
 * planDemoProjects(10_000).map((p) => p.issueCount); // eight projects of 1,250
 * planDemoProjects(53_500, 50_000).map((p) => p.issueCount); // [50000, 500, 500, 500, 500, 500, 500, 500]
 */
export function planDemoProjects(scale?: number, firstProjectIssues?: number): DemoProjectPlan[] {
  if (scale === undefined) return demoNamedProjects.map((spec) => ({ spec, issueCount: spec.defaultIssueCount }));
  const total = Math.max(0, Math.round(scale));
  const first = firstProjectIssues === undefined ? null : Math.round(firstProjectIssues);
  if (first !== null && (first < 0 || first > total))
    throw new RangeError(`The first project's ${String(first)} issues must be within the site's ${String(total)}.`);
  const shared = first === null ? total : total - first;
  const sharing = first === null ? 0 : 1;
  const projectCount = Math.max(demoNamedProjects.length, sharing + Math.round(shared / issuesPerScaledProject));
  const base = Math.floor(shared / (projectCount - sharing));
  const remainder = shared - base * (projectCount - sharing);
  const specs = [...demoNamedProjects];
  for (let number = specs.length + 1; specs.length < projectCount; number += 1) specs.push(streamProject(number));
  return specs.map((spec, index) => ({ spec, issueCount: first !== null && index === 0 ? first : base + (index - sharing < remainder ? 1 : 0) }));
}

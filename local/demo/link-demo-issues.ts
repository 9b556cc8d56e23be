import type { Random } from './create-random';
import { createIssueLinker, type IssueLinker } from './create-issue-linker';
import type { DemoLinkTypeName } from './demo-link-types';
import type { IssueDraft } from './issue-draft';
import { linkEpicRisk } from './link-epic-risk';
import { linkScenarioIssues, type LinkableProject } from './link-scenario-issues';

const linkable = new Set(['Story', 'Task', 'Bug', 'Milestone', 'Gate', 'Dependency']);
const isDependency = (d: IssueDraft): boolean => d.type === 'Dependency' || d.labels.includes('raid-dependency');

// Links per issue on the site, by kind; they scale with the site.
const perIssue: readonly (readonly [DemoLinkTypeName, 'cross' | 'within' | 'any', number])[] = [
  ['Blocks', 'cross', 0.012],
  ['Blocks', 'within', 0.01],
  ['Relates', 'any', 0.006],
  ['Dependency', 'cross', 0.004],
];

/**
 * Links the site's issues: the guaranteed scenarios (see linkScenarioIssues and linkEpicRisk), most RAID dependencies blocked by work
 * in another project, and random Blocks, Relates and Dependency links across and within projects in proportion to
 * the number of issues. Drafts must have their ids.
 * @example
 * linkDemoIssues(projects, rand, today).count; // about 3% of the issue count
 */
export function linkDemoIssues(projects: readonly LinkableProject[], rand: Random, today: number): IssueLinker {
  const linker = createIssueLinker();
  linkScenarioIssues(projects, linker, today);
  const pools = projects.map((p) => p.drafts.filter((d) => linkable.has(d.type))).filter((pool) => pool.length > 0);
  if (pools.length === 0) return linker;
  const total = projects.reduce((sum, p) => sum + p.drafts.length, 0);
  const otherPool = (own: readonly IssueDraft[]): readonly IssueDraft[] | null => {
    const others = pools.filter((pool) => pool !== own);
    return others.length > 0 ? rand.pick(others) : null;
  };

  for (const pool of pools) {
    for (const dependency of pool.filter(isDependency)) {
      const other = otherPool(pool);
      if (other && rand.chance(0.7)) linker.link('Blocks', rand.pick(other), dependency);
    }
  }
  for (const [typeName, reach, share] of perIssue) {
    const wanted = Math.round(total * share);
    for (let i = 0; i < wanted; i += 1) {
      const pool = rand.pick(pools);
      const other = reach === 'within' || (reach === 'any' && rand.chance(0.5)) ? pool : otherPool(pool);
      if (other) linker.link(typeName, rand.pick(pool), rand.pick(other));
    }
  }
  // Made last, so the random links above keep their ids whatever this one finds.
  linkEpicRisk(projects, linker);
  return linker;
}

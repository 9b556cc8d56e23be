import type { ProgramGroup } from './program-group';
import type { ProjectRollup } from './project-rollup';

/** The group for projects without a category. */
const noProgram = 'No program';

function byName(a: string, b: string): number {
  const folded = a.localeCompare(b, 'en', { sensitivity: 'base' });
  return folded !== 0 ? folded : a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups project roll-ups into programs by their Jira project category: programs in name order, "No program" (the
 * projects without a category) last, and each program's projects in key order, so that the same data always reads
 * the same way.
 *
 * @example
 * groupByProgram([alpha, beta, gamma]).map((group) => group.name); // ['Growth', 'Transformation', 'No program']
 */
export function groupByProgram(rollups: readonly ProjectRollup[]): ProgramGroup[] {
  const byCategory = new Map<string | null, ProjectRollup[]>();
  for (const rollup of rollups) {
    const category = rollup.project.category;
    const members = byCategory.get(category) ?? [];
    members.push(rollup);
    byCategory.set(category, members);
  }
  const groups = [...byCategory].map(([category, members]) => ({
    name: category ?? noProgram,
    category,
    rollups: [...members].sort((a, b) => (a.project.key < b.project.key ? -1 : a.project.key > b.project.key ? 1 : 0)),
  }));
  return groups.sort((a, b) => {
    if ((a.category === null) !== (b.category === null)) {
      return a.category === null ? 1 : -1;
    }
    return byName(a.name, b.name);
  });
}

import type { IssueLinker } from './create-issue-linker';
import type { IssueDraft } from './issue-draft';
import type { LinkableProject } from './link-scenario-issues';

const isOpen = (d: IssueDraft): boolean => d.status !== 'Done';
const scoreOf = (d: IssueDraft): number => (d.probability ?? 0) * (d.impact ?? 0);

/**
 * Relates an open high or critical risk of the core project to an epic with open stories, so the Governance panel
 * of those stories shows a risk inherited from their epic (the demo's promise for RAID inheritance).
 * @example
 * linkEpicRisk(projects, linker); // true when CORE has such a risk and epic
 */
export function linkEpicRisk(projects: readonly LinkableProject[], linker: IssueLinker): boolean {
  const drafts = projects.find((p) => p.spec.key === 'CORE')?.drafts ?? [];
  const risk = drafts.filter((d) => d.type === 'Risk' && isOpen(d) && scoreOf(d) >= 10).sort((a, b) => scoreOf(b) - scoreOf(a))[0];
  const epic = drafts.find((d) => d.type === 'Epic' && isOpen(d) && drafts.some((child) => child.parent === d && child.type === 'Story' && isOpen(child)));
  return risk !== undefined && epic !== undefined && linker.link('Relates', risk, epic);
}

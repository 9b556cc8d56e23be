import type { DemoProjectSpec } from './demo-project-spec';
import type { IssueLinker } from './create-issue-linker';
import type { IssueDraft } from './issue-draft';

export interface LinkableProject {
  spec: DemoProjectSpec;
  drafts: readonly IssueDraft[];
}

const linkable = new Set(['Story', 'Task', 'Bug', 'Milestone', 'Gate', 'Dependency']);
const open = (d: IssueDraft): boolean => d.status !== 'Done' && linkable.has(d.type);

/**
 * Makes the cross-project dependencies the demo promises, whatever the seed: a late one where the blocker is due after
 * the item it blocks; one whose blocker is overdue and not done; and one from the confidential project into a
 * visible one, so hiding links by permission shows. The story waiting on the overdue blocker is flagged (impediment).
 * @example
 * linkScenarioIssues(projects, linker, today); // three Blocks links when the named projects are present
 */
export function linkScenarioIssues(projects: readonly LinkableProject[], linker: IssueLinker, today: number): void {
  const drafts = (key: string): readonly IssueDraft[] => projects.find((p) => p.spec.key === key)?.drafts ?? [];
  const confidential = projects.find((p) => p.spec.confidential)?.drafts ?? [];
  const visible = projects.filter((p) => !p.spec.confidential && p.spec.style !== 'kanban').flatMap((p) => p.drafts);

  // Blocker due after the blocked milestone.
  const blocked = drafts('MOB').find((d) => open(d) && d.type === 'Milestone' && d.dueDay !== null && d.dueDay >= today);
  if (blocked?.dueDay != null) {
    const due = blocked.dueDay;
    const later = (d: IssueDraft): boolean => d.projectIndex !== blocked.projectIndex && d.status !== 'Done' && d.dueDay !== null && d.dueDay > due;
    const blocker = drafts('DATA').find((d) => open(d) && later(d)) ?? visible.find((d) => later(d));
    if (blocker) linker.link('Blocks', blocker, blocked);
  }

  // Blocker overdue and not done.
  const overdue = drafts('REG').find((d) => open(d) && d.dueDay !== null && d.dueDay < today);
  const waiting = drafts('WEB').find((d) => open(d) && d.type === 'Story');
  if (overdue && waiting) {
    linker.link('Blocks', overdue, waiting);
    // The team raised the wait as an impediment: it reaches the report's decisions and escalations.
    waiting.flagged = true;
  }

  // Blocker in the confidential project.
  const secret = confidential.find((d) => open(d) && d.dueDay !== null && d.dueDay < today) ?? confidential.find(open);
  const target = drafts('CORE').find((d) => open(d) && d.dueDay !== null && d.dueDay >= today);
  if (secret && target) linker.link('Blocks', secret, target);
}

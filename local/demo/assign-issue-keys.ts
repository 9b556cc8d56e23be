import type { IssueDraft } from './issue-draft';

const byCreated = (a: IssueDraft, b: IssueDraft): number => a.created - b.created;

/**
 * Numbers the drafts as Jira would have: keys PROJ-1, PROJ-2 ... per project and ids from 10000 across the site,
 * both in order of creation (ties keep drafting order, so a parent precedes children created the same minute).
 * @example
 * assignIssueKeys([{ key: 'MOB', drafts }]); // drafts[0].key === 'MOB-1' when it was created first
 */
export function assignIssueKeys(projects: readonly { key: string; drafts: readonly IssueDraft[] }[]): void {
  for (const project of projects) {
    [...project.drafts].sort(byCreated).forEach((draft, index) => {
      draft.key = `${project.key}-${index + 1}`;
    });
  }
  projects
    .flatMap((project) => project.drafts)
    .sort(byCreated)
    .forEach((draft, index) => {
      draft.id = String(10000 + index);
    });
}

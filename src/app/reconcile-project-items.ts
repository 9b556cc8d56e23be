import type { FieldMapping } from '../ports/field-mapping';
import type { PortfolioJira } from '../ports/portfolio-jira';
import type { ProjectIssue } from '../ports/project-issue';

/** What a drift check found and what the items are after it. */
export interface ReconciledItems {
  readonly items: readonly ProjectIssue[];
  /** Jira's count differed from the stored one, so ids were read and the items made to match. */
  readonly drifted: boolean;
  readonly dropped: number;
  readonly added: number;
  readonly skipped: number;
}

/**
 * Catches what issue events missed (a lost event, an issue moved to another project, a security level that now hides
 * an issue) without re-reading the project: one approximate count (1 point) against the items held. Only when the two
 * differ are the project's ids read (ids only, 5000 a page), stored items Jira no longer has dropped, and the issues
 * Jira has that the store lacks read with their fields; items already held are never read again.
 */
export async function reconcileProjectItems(
  jira: PortfolioJira,
  projectKey: string,
  items: readonly ProjectIssue[],
  mapping: FieldMapping,
  skippedIssues: number,
): Promise<ReconciledItems> {
  const counted = await jira.countIssues(projectKey);
  if (counted === items.length + skippedIssues) return { items, drifted: false, dropped: 0, added: 0, skipped: skippedIssues };
  const ids = await jira.readIssueIds(projectKey);
  const kept = items.filter((issue) => ids.has(issue.issueId));
  const held = new Set(kept.map((issue) => issue.issueId));
  const missing = [...ids].filter((id) => !held.has(id));
  const read = missing.length === 0 ? { issues: [], skipped: 0 } : await jira.readIssuesByIds(missing, mapping);
  return { items: [...kept, ...read.issues], drifted: true, dropped: items.length - kept.length, added: read.issues.length, skipped: read.skipped };
}

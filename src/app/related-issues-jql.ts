import type { IssueKey } from '../domain/ids/issue-key';

/**
 * The search behind the Governance panel: everything linked to the issue or to its parent, and the children of both
 * (RAID items parented on the epic, risks that roll up). With `includeParent`, the parent itself comes back too, so a
 * sub-task learns its grandparent (the epic) from the same search. Keys come parsed, so they are safe to write into JQL.
 *
 * @example
 * relatedIssuesJql('CORE-2', 'CORE-1');
 * // 'issue in linkedIssues("CORE-2") OR parent = "CORE-2" OR issue in linkedIssues("CORE-1") OR parent = "CORE-1" ORDER BY key ASC'
 * relatedIssuesJql('CORE-3', 'CORE-2', { includeParent: true });
 * // '... OR parent = "CORE-2" OR key = "CORE-2" ORDER BY key ASC'
 */
export function relatedIssuesJql(issueKey: IssueKey, parentKey: IssueKey | null, options: { readonly includeParent?: boolean } = {}): string {
  const around = (key: IssueKey): string => `issue in linkedIssues("${key}") OR parent = "${key}"`;
  const clauses = [issueKey, ...(parentKey === null ? [] : [parentKey])].map(around);
  if (parentKey !== null && options.includeParent === true) clauses.push(`key = "${parentKey}"`);
  return `${clauses.join(' OR ')} ORDER BY key ASC`;
}

import type { IssueKey } from '../domain/ids/issue-key';

/**
 * The one search behind the Governance panel: everything linked to the issue or to its parent, and the children of
 * both (RAID items parented on the epic, risks that roll up). Keys come parsed, so they are safe to write into JQL.
 *
 * @example
 * relatedIssuesJql('CORE-2', 'CORE-1');
 * // 'issue in linkedIssues("CORE-2") OR parent = "CORE-2" OR issue in linkedIssues("CORE-1") OR parent = "CORE-1" ORDER BY key ASC'
 */
export function relatedIssuesJql(issueKey: IssueKey, parentKey: IssueKey | null): string {
  const around = (key: IssueKey): string => `issue in linkedIssues("${key}") OR parent = "${key}"`;
  return `${[issueKey, ...(parentKey === null ? [] : [parentKey])].map(around).join(' OR ')} ORDER BY key ASC`;
}

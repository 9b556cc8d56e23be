import { countIssuesByProject } from './count-issues-by-project';

/**
 * The project with the most issues, by issue key (the first seen wins a tie); null when there are no issues.
 *
 * @example
 * largestProject(['PMO-1', 'CRM-7', 'CRM-8']); // { key: 'CRM', issues: 2 }
 */
export function largestProject(issueKeys: Iterable<string>): { key: string; issues: number } | null {
  let largest: { key: string; issues: number } | null = null;
  for (const [key, issues] of countIssuesByProject(issueKeys)) {
    if (largest === null || issues > largest.issues) largest = { key, issues };
  }
  return largest;
}

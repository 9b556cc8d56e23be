/** The key of the project an issue belongs to: the part of its key before the dash. */
function projectKeyOf(issueKey: string): string {
  return issueKey.slice(0, issueKey.lastIndexOf('-'));
}

/**
 * Counts issue keys per project key, in first-seen order.
 *
 * @example
 * countIssuesByProject(['PMO-1', 'PMO-2', 'CRM-7']); // Map { 'PMO' => 2, 'CRM' => 1 }
 */
export function countIssuesByProject(issueKeys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of issueKeys) {
    const project = projectKeyOf(key);
    counts.set(project, (counts.get(project) ?? 0) + 1);
  }
  return counts;
}

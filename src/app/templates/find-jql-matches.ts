import type { Template } from '../../domain/template/template';
import type { ProjectIssue } from '../../ports/project-issue';

/**
 * The keys each JQL rule of the template finds among the project's items (one id-only search per rule), by rule id.
 * A rule whose query Jira refuses is left out, so it is reported as not evaluated rather than as passed.
 */
export async function findJqlMatches(
  matchIds: ((projectKey: string, jql: string) => Promise<ReadonlySet<string>>) | undefined,
  projectKey: string,
  template: Template,
  items: readonly ProjectIssue[],
): Promise<Map<string, ReadonlySet<string>>> {
  const matches = new Map<string, ReadonlySet<string>>();
  if (matchIds === undefined) return matches;
  const keyById = new Map(items.map((issue) => [issue.issueId, issue.item.key]));
  for (const rule of template.rules) {
    if (rule.kind !== 'jql') continue;
    try {
      const ids = await matchIds(projectKey, rule.jql);
      matches.set(rule.id, new Set([...ids].flatMap((id) => keyById.get(id) ?? [])));
    } catch (error) {
      console.warn(`JQL rule ${rule.id} of template ${template.id} was not evaluated for ${projectKey}:`, error instanceof Error ? error.message : error);
    }
  }
  return matches;
}

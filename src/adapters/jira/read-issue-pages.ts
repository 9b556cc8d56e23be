import type { FieldMapping } from '../../ports/field-mapping';
import type { ProjectIssueRead, ReadControl } from '../../ports/portfolio-jira';
import type { ProjectIssue } from '../../ports/project-issue';
import { jiraIssueSchema, type JiraIssue } from './jira-issue-schema';
import type { JiraClient } from './jira-client';
import { searchIssuesPage } from './search-issues-page';
import { toWorkItem } from './to-work-item';

/** Jira serves about 100 issues a page when fields are asked for. */
export const ISSUE_PAGE_SIZE = 100;

/**
 * Reads a search's issues as work items, page by page until Jira says `isLast`, each with the field mapping
 * `mappingOf` names for it (null: the issue is skipped). Stops early when `control.keepGoing()` answers false,
 * answering the page token to resume from; an issue Jira returns in a shape that cannot be read is counted in
 * `skipped`, not fatal.
 */
export async function readIssuePages(
  client: JiraClient,
  search: { readonly jql: string; readonly fields: readonly string[] },
  mappingOf: (issue: JiraIssue) => FieldMapping | null,
  control: ReadControl,
): Promise<ProjectIssueRead> {
  const issues: ProjectIssue[] = [];
  let skipped = 0;
  let pages = 0;
  let token = control.resumeToken;
  do {
    if (pages > 0 && !(await control.keepGoing())) break;
    const page = await searchIssuesPage(client, { jql: search.jql, fields: search.fields, maxResults: ISSUE_PAGE_SIZE, nextPageToken: token });
    pages += 1;
    for (const raw of page.issues) {
      const parsed = jiraIssueSchema.safeParse(raw);
      const mapping = parsed.success ? mappingOf(parsed.data) : null;
      const item = parsed.success && mapping !== null ? toWorkItem(parsed.data, mapping) : null;
      if (parsed.success && item !== null) issues.push({ issueId: parsed.data.id, item });
      else skipped += 1;
    }
    token = page.nextPageToken;
  } while (token !== null);
  return { issues, skipped, pages, nextPageToken: token };
}

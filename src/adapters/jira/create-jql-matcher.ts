import type { JiraClient } from './jira-client';
import { searchIssuesPage } from './search-issues-page';

/** Ids only: Jira allows pages this large when no fields are asked for. */
const ID_PAGE_SIZE = 5000;

/**
 * The ids of a project's issues that a governance rule's JQL finds, as the client's user: `project = "KEY" AND (jql)`,
 * paged by token, ids only (the cheapest search there is).
 */
export function createJqlMatcher(client: JiraClient): (projectKey: string, jql: string) => Promise<ReadonlySet<string>> {
  return async (projectKey, jql) => {
    const ids = new Set<string>();
    let nextPageToken: string | null = null;
    do {
      const page = await searchIssuesPage(client, { jql: `project = "${projectKey}" AND (${jql})`, maxResults: ID_PAGE_SIZE, nextPageToken });
      for (const issue of page.issues) ids.add(issue.id);
      nextPageToken = page.nextPageToken;
    } while (nextPageToken !== null);
    return ids;
  };
}

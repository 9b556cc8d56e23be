import type { JiraClient } from './jira-client';
import { projectIssuesJql } from './project-issues-jql';
import { searchIssuesPage } from './search-issues-page';

/** Jira serves up to 5000 issues a page when only ids are asked for. */
export const IDS_PAGE_SIZE = 5000;

/**
 * The ids of every issue a project holds now: the cheapest search Jira offers (no `fields`, so issues carry only
 * their id, 5000 a page). An incremental refresh drops stored items whose id is no longer among them.
 */
export async function readProjectIssueIds(client: JiraClient, projectKey: string): Promise<Set<string>> {
  const jql = projectIssuesJql(projectKey, null);
  const ids = new Set<string>();
  let token: string | null = null;
  do {
    const page = await searchIssuesPage(client, { jql, maxResults: IDS_PAGE_SIZE, nextPageToken: token });
    for (const issue of page.issues) ids.add(issue.id);
    token = page.nextPageToken;
  } while (token !== null);
  return ids;
}

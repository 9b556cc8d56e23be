import { JiraError } from './jira-error';
import type { JiraClient } from './jira-client';
import { searchIssuesPage } from './search-issues-page';

/**
 * Asks Jira whether a JQL query is valid on this site (fields, functions and values included) by running it for one
 * issue id, as the client's user: Jira's messages when it refuses the query (400), null when it runs. Other failures
 * (Jira down, rate limits) are thrown, so an unchecked rule is never taken as a valid one.
 */
export async function findJqlError(client: JiraClient, jql: string): Promise<string | null> {
  try {
    await searchIssuesPage(client, { jql, maxResults: 1, nextPageToken: null });
    return null;
  } catch (error) {
    if (error instanceof JiraError && error.kind === 'bad-request') return error.jiraMessages.length > 0 ? error.jiraMessages.join(' ') : error.message;
    throw error;
  }
}

import { route } from '@forge/api';
import { z } from 'zod';
import { JiraError } from './jira-error';
import { jsonHeaders, type JiraClient } from './jira-client';

/** An issue as the search returns it: only `id` when no fields were asked for; fields are read by the caller. */
const searchedIssueSchema = z.object({
  id: z.string(),
  key: z.string().optional(),
  fields: z.record(z.string(), z.unknown()).optional(),
});

const searchAnswerSchema = z.object({
  issues: z.array(searchedIssueSchema),
  nextPageToken: z.string().nullable().optional(),
  isLast: z.boolean().optional(),
});

export type SearchedIssue = z.infer<typeof searchedIssueSchema>;

export interface SearchIssuesRequest {
  readonly jql: string;
  /** Field ids to return; omitted, Jira returns issue ids only (and allows pages of 5000). */
  readonly fields?: readonly string[];
  readonly maxResults: number;
  readonly nextPageToken: string | null;
}

export interface SearchIssuesPage {
  readonly issues: readonly SearchedIssue[];
  /** The token of the next page; null on the last page. */
  readonly nextPageToken: string | null;
}

/**
 * POST /rest/api/3/search/jql, one page. Jira ends a search with `isLast: true`; a page that claims more but carries
 * no token cannot be continued, and is reported rather than taken as the end (which would drop issues silently).
 */
export async function searchIssuesPage(client: JiraClient, request: SearchIssuesRequest): Promise<SearchIssuesPage> {
  const body = JSON.stringify({
    jql: request.jql,
    maxResults: request.maxResults,
    ...(request.fields === undefined ? {} : { fields: request.fields }),
    ...(request.nextPageToken === null ? {} : { nextPageToken: request.nextPageToken }),
  });
  const answer = await client.send('POST /rest/api/3/search/jql', searchAnswerSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: jsonHeaders, body }),
  );
  const token = answer.nextPageToken ?? null;
  const isLast = answer.isLast ?? token === null;
  if (isLast) return { issues: answer.issues, nextPageToken: null };
  if (token === null || token === request.nextPageToken) {
    throw new JiraError('invalid-response', 200, 'Jira answered a search page that is not the last without a new nextPageToken');
  }
  return { issues: answer.issues, nextPageToken: token };
}

/** Test helper: the keys a JQL search finds through the fake's enhanced search, or its 400 messages. */
import type { JiraFake } from '../../../local/jira-fake/create-jira-fake';
import { callFake, json } from './call-fake';

export type SearchOutcome = { readonly keys: string[] } | { readonly status: number; readonly errorMessages: string[] };

/** Runs `jql` as `accountId`, following nextPageToken to the end, and answers the keys in order. */
export async function searchKeys(fake: JiraFake, jql: string, accountId: string | null): Promise<SearchOutcome> {
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < 1000; page += 1) {
    const answer = await callFake(fake, 'POST', '/rest/api/3/search/jql', accountId, {
      jql,
      fields: ['key'],
      maxResults: 100,
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    });
    if (answer.status !== 200) return { status: answer.status, errorMessages: json<{ errorMessages: string[] }>(answer).errorMessages };
    const body = json<{ issues: { key: string }[]; nextPageToken?: string; isLast: boolean }>(answer);
    keys.push(...body.issues.map((i) => i.key));
    if (body.isLast) return { keys };
    nextPageToken = body.nextPageToken;
  }
  throw new Error('the search never reached isLast');
}

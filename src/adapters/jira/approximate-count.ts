import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const countSchema = z.object({ count: z.number() });

/** POST /rest/api/3/search/approximate-count: about how many issues a (bounded) JQL query finds. */
export async function approximateCount(client: JiraClient, jql: string): Promise<number> {
  const body = JSON.stringify({ jql });
  const answer = await client.send('POST /rest/api/3/search/approximate-count', countSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', headers: jsonHeaders, body }),
  );
  return answer.count;
}

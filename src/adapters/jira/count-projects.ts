import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const countedPageSchema = z.object({ total: z.number().int().nonnegative().optional(), values: z.array(z.unknown()) });

/**
 * How many projects Jira holds for the client: GET /rest/api/3/project/search with a page of one (2 points, however
 * many projects the site has), or null when Jira does not say.
 */
export async function countProjects(client: JiraClient): Promise<number | null> {
  const page = await client.send('GET /rest/api/3/project/search', countedPageSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/project/search?maxResults=1`, { headers: jsonHeaders }),
  );
  return page.total ?? null;
}

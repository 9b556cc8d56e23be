import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';
import type { JiraProject } from './search-projects';

const pageSchema = z.object({
  values: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      projectCategory: z.object({ id: z.string(), name: z.string() }).optional(),
      lead: z.object({ accountId: z.string(), displayName: z.string().optional() }).optional(),
    }),
  ),
});

/** GET /rest/api/3/project/search?keys=KEY: one project with its category and lead, or null when not visible. */
export async function findProject(client: JiraClient, projectKey: string): Promise<JiraProject | null> {
  const page = await client.send('GET /rest/api/3/project/search', pageSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/project/search?keys=${projectKey}&expand=lead`, { headers: jsonHeaders }),
  );
  return page.values.find((project) => project.key === projectKey) ?? null;
}

import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const projectSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  projectCategory: z.object({ id: z.string(), name: z.string() }).optional(),
  lead: z.object({ accountId: z.string(), displayName: z.string().optional() }).optional(),
});

const pageSchema = z.object({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number().optional(),
  isLast: z.boolean().optional(),
  values: z.array(projectSchema),
});

export type JiraProject = z.infer<typeof projectSchema>;

/** Jira's page limit for project search. */
const PAGE_SIZE = 100;

/**
 * GET /rest/api/3/project/search, every page: the projects the acting user may browse (asUser), or all (asApp),
 * with lead for the owner filter and category for the program grouping.
 */
export async function searchProjects(client: JiraClient): Promise<JiraProject[]> {
  const projects: JiraProject[] = [];
  for (let startAt = 0; ;) {
    const page = await client.send('GET /rest/api/3/project/search', pageSchema, (jira) =>
      jira.requestJira(route`/rest/api/3/project/search?startAt=${startAt}&maxResults=${PAGE_SIZE}&expand=lead&orderBy=key`, { headers: jsonHeaders }),
    );
    projects.push(...page.values);
    startAt += page.values.length;
    const last = page.isLast ?? (page.total === undefined ? page.values.length < PAGE_SIZE : startAt >= page.total);
    if (last || page.values.length === 0) return projects;
  }
}

import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const fieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string(), custom: z.string().optional() }).optional(),
});

export type JiraField = z.infer<typeof fieldSchema>;

/** GET /rest/api/3/field: every system and custom field of the site (one answer, no paging). */
export function getFields(client: JiraClient): Promise<JiraField[]> {
  return client.send('GET /rest/api/3/field', z.array(fieldSchema), (jira) => jira.requestJira(route`/rest/api/3/field`, { headers: jsonHeaders }));
}

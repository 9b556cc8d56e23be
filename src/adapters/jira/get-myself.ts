import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const myselfSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  active: z.boolean().optional(),
  timeZone: z.string().optional(),
});

export type Myself = z.infer<typeof myselfSchema>;

/** GET /rest/api/3/myself: the user the client acts as. */
export function getMyself(client: JiraClient): Promise<Myself> {
  return client.send('GET /rest/api/3/myself', myselfSchema, (jira) => jira.requestJira(route`/rest/api/3/myself`, { headers: jsonHeaders }));
}

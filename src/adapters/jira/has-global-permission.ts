import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const permissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/** GET /rest/api/3/mypermissions for one global permission (e.g. ADMINISTER), as the client's user. */
export async function hasGlobalPermission(client: JiraClient, permission: 'ADMINISTER'): Promise<boolean> {
  const answer = await client.send('GET /rest/api/3/mypermissions', permissionsSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/mypermissions?permissions=${permission}`, { headers: jsonHeaders }),
  );
  return answer.permissions[permission]?.havePermission === true;
}

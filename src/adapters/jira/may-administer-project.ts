import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const permissionsSchema = z.object({
  permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })),
});

/**
 * GET /rest/api/3/mypermissions for ADMINISTER and ADMINISTER_PROJECTS in one project, as the client's user: true when
 * Jira grants either (a Jira administrator, or whoever administers that project).
 */
export async function mayAdministerProject(client: JiraClient, projectKey: string): Promise<boolean> {
  const answer = await client.send('GET /rest/api/3/mypermissions', permissionsSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER,ADMINISTER_PROJECTS&projectKey=${projectKey}`, { headers: jsonHeaders }),
  );
  return answer.permissions['ADMINISTER']?.havePermission === true || answer.permissions['ADMINISTER_PROJECTS']?.havePermission === true;
}

import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const issueAnswerSchema = z.looseObject({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) });

/** GET /rest/api/3/issue/{key}?fields=...: one issue with the named fields, as the client's user sees it. */
export function getIssue(client: JiraClient, issueKey: string, fields: readonly string[]): Promise<z.infer<typeof issueAnswerSchema>> {
  const fieldList = fields.join(',');
  return client.send('GET /rest/api/3/issue/{issueIdOrKey}', issueAnswerSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?fields=${fieldList}`, { headers: jsonHeaders }),
  );
}

import { route } from '@forge/api';
import { z } from 'zod';
import { jsonHeaders, type JiraClient } from './jira-client';

const answerSchema = z.object({
  issues: z.array(z.unknown()).optional().default([]),
  issueErrors: z.array(z.unknown()).optional().default([]),
});

/** Jira's limit on issues per bulk fetch. */
export const BULK_FETCH_LIMIT = 100;

/**
 * POST /rest/api/3/issue/bulkfetch: up to 100 issues by key with the named fields, as the client's user sees them.
 * Issues that do not exist or that the user may not see are simply absent (never an error), which is why the RAID
 * views hydrate the other ends of links this way rather than with a `key in (...)` search, which fails outright on
 * one unknown key.
 */
export async function bulkFetchIssues(client: JiraClient, keys: readonly string[], fields: readonly string[]): Promise<readonly unknown[]> {
  if (keys.length === 0) return [];
  const body = JSON.stringify({ issueIdsOrKeys: keys, fields });
  const answer = await client.send('POST /rest/api/3/issue/bulkfetch', answerSchema, (jira) =>
    jira.requestJira(route`/rest/api/3/issue/bulkfetch`, { method: 'POST', headers: jsonHeaders, body }),
  );
  return answer.issues;
}

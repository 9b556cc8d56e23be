import { route } from '@forge/api';
import { z } from 'zod';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import type { AuthoredFieldChange } from './authored-field-change';
import { jsonHeaders, type JiraClient } from './jira-client';

/** Jira's limit of issues per bulk changelog request. */
const CHANGELOG_BATCH = 1000;

const changelogAnswerSchema = z.object({
  issueChangeLogs: z.array(
    z.object({
      issueId: z.string(),
      changeHistories: z
        .array(
          z.object({
            created: z.string(),
            author: z.object({ accountId: z.string(), displayName: z.string().optional() }).optional().catch(undefined),
            // Read as a plain record: a schema key named `toString` would find Object.prototype's function on an item
            // without one, fail, and drop the whole list.
            items: z.array(z.record(z.string(), z.unknown())).optional().catch([]),
          }),
        )
        .optional()
        .catch([]),
    }),
  ),
  nextPageToken: z.string().nullable().optional(),
});

type ChangelogAnswer = z.infer<typeof changelogAnswerSchema>;

/** A string the item itself holds under `key` (never one inherited from Object.prototype). */
function own(item: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = Object.hasOwn(item, key) ? item[key] : null;
  return typeof value === 'string' ? value : null;
}

/**
 * POST /rest/api/3/changelog/bulkfetch for one field only: every change of that field on the given issues (id to key),
 * oldest first per issue, in batches of 1000 issues, each paged by nextPageToken, with each change's author where Jira
 * names one. Issues the caller may not see are left out by Jira.
 */
export async function fetchFieldChanges(client: JiraClient, issues: ReadonlyMap<string, string>, fieldId: string): Promise<AuthoredFieldChange[]> {
  const ids = [...issues.keys()];
  const changes: AuthoredFieldChange[] = [];
  for (let at = 0; at < ids.length; at += CHANGELOG_BATCH) {
    const batch = ids.slice(at, at + CHANGELOG_BATCH);
    let nextPageToken: string | null = null;
    do {
      const body: string = JSON.stringify({
        issueIdsOrKeys: batch,
        fieldIds: [fieldId],
        maxResults: 10000,
        ...(nextPageToken === null ? {} : { nextPageToken }),
      });
      const answer: ChangelogAnswer = await client.send('POST /rest/api/3/changelog/bulkfetch', changelogAnswerSchema, (jira) =>
        jira.requestJira(route`/rest/api/3/changelog/bulkfetch`, { method: 'POST', headers: jsonHeaders, body }),
      );
      for (const log of answer.issueChangeLogs) {
        const key = parseIssueKey(issues.get(log.issueId) ?? '');
        if (key === null) continue;
        for (const history of log.changeHistories ?? []) {
          for (const item of history.items ?? []) {
            if ((own(item, 'fieldId') ?? own(item, 'field')) !== fieldId) continue;
            const author =
              history.author === undefined
                ? {}
                : { by: history.author.accountId, ...(history.author.displayName === undefined ? {} : { byName: history.author.displayName }) };
            changes.push({ key, at: history.created, item, ...author });
          }
        }
      }
      const token: string | null = answer.nextPageToken ?? null;
      nextPageToken = token === nextPageToken ? null : token;
    } while (nextPageToken !== null);
  }
  return changes;
}

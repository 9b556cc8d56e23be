import { route } from '@forge/api';
import { z } from 'zod';
import type { AuthoredDueDateChange } from './authored-due-date-change';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { jsonHeaders, type JiraClient } from './jira-client';

/** Jira's limit of issues per bulk changelog request. */
export const CHANGELOG_BATCH = 1000;

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

/**
 * The date a due date change item holds: `from`/`to` carry it as `YYYY-MM-DD`; where they are empty, the display
 * string (`2026-12-01 00:00:00.0` in Jira Cloud) is read by its leading date.
 */
function dayOf(item: Readonly<Record<string, unknown>>, key: 'from' | 'to'): string | null {
  const datePrefix = /^\d{4}-\d{2}-\d{2}/;
  return datePrefix.exec(own(item, key) ?? '')?.[0] ?? datePrefix.exec(own(item, `${key}String`) ?? '')?.[0] ?? null;
}

/** A string the item itself holds under `key` (never one inherited from Object.prototype). */
function own(item: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = Object.hasOwn(item, key) ? item[key] : null;
  return typeof value === 'string' ? value : null;
}

type ChangelogAnswer = z.infer<typeof changelogAnswerSchema>;

/**
 * POST /rest/api/3/changelog/bulkfetch for the due date field only: every due date change of the given issues
 * (id to key), in batches of 1000 issues, each paged by nextPageToken, with each change's author where Jira names one.
 * Issues the caller may not see are left out by Jira.
 */
export async function fetchDueDateChanges(client: JiraClient, issues: ReadonlyMap<string, string>): Promise<AuthoredDueDateChange[]> {
  const ids = [...issues.keys()];
  const changes: AuthoredDueDateChange[] = [];
  for (let at = 0; at < ids.length; at += CHANGELOG_BATCH) {
    const batch = ids.slice(at, at + CHANGELOG_BATCH);
    let nextPageToken: string | null = null;
    do {
      const body: string = JSON.stringify({
        issueIdsOrKeys: batch,
        fieldIds: ['duedate'],
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
            if ((own(item, 'fieldId') ?? own(item, 'field')) !== 'duedate') continue;
            const author =
              history.author === undefined
                ? {}
                : { by: history.author.accountId, ...(history.author.displayName === undefined ? {} : { byName: history.author.displayName }) };
            changes.push({ key, at: history.created, from: dayOf(item, 'from'), to: dayOf(item, 'to'), ...author });
          }
        }
      }
      const token: string | null = answer.nextPageToken ?? null;
      nextPageToken = token === nextPageToken ? null : token;
    } while (nextPageToken !== null);
  }
  return changes;
}

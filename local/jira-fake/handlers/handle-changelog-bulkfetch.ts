import { z } from 'zod';
import type { ChangelogHistory, SiteIssue } from '../../site/site-file-schema';
import { jsonReply } from '../fake-reply';
import { jiraError } from '../jira-error';
import { pageToken } from '../page-token';
import { presentHistory, sortHistoriesOldestFirst } from '../present-changelog';
import type { Handler } from './handler-context';
import { parseRequestBody } from './parse-request-body';

/** Limits of the bulk changelog endpoint, from its request bean. */
export const CHANGELOG_MAX_ISSUES = 1000;
export const CHANGELOG_MAX_FIELD_IDS = 10;
export const CHANGELOG_DEFAULT_PAGE = 1000;
export const CHANGELOG_MAX_PAGE = 10000;

const changelogBodySchema = z.strictObject({
  issueIdsOrKeys: z.array(z.string()),
  fieldIds: z.array(z.string()).optional(),
  maxResults: z.int().optional(),
  nextPageToken: z.string().nullable().optional(),
});

function filterItems(history: ChangelogHistory, fieldIds: ReadonlySet<string> | null): ChangelogHistory | null {
  if (fieldIds === null) return history;
  const items = history.items.filter((item) => fieldIds.has(item.fieldId ?? item.field));
  return items.length === 0 ? null : { ...history, items };
}

/**
 * POST /rest/api/3/changelog/bulkfetch: every history of up to 1000 issues, optionally only the items of up to 10
 * fields, grouped per issue in ascending issue id and oldest history first, paged by nextPageToken over histories.
 * Issues that do not exist or that the viewer may not browse are left out.
 */
export const handleChangelogBulkFetch: Handler = (request, ctx) => {
  const parsed = parseRequestBody(changelogBodySchema, request.body);
  if ('reply' in parsed) return parsed.reply;
  const body = parsed.data;
  const problems: string[] = [];
  if (body.issueIdsOrKeys.length === 0) problems.push('At least one issue ID or key must be provided.');
  if (body.issueIdsOrKeys.length > CHANGELOG_MAX_ISSUES) problems.push(`A maximum of ${CHANGELOG_MAX_ISSUES} issue IDs or keys can be requested.`);
  if ((body.fieldIds?.length ?? 0) > CHANGELOG_MAX_FIELD_IDS) problems.push(`A maximum of ${CHANGELOG_MAX_FIELD_IDS} field IDs can be given.`);
  if (new Set(body.fieldIds).size !== (body.fieldIds?.length ?? 0)) problems.push('Field IDs must be unique.');
  const maxResults = body.maxResults ?? CHANGELOG_DEFAULT_PAGE;
  if (maxResults < 1 || maxResults > CHANGELOG_MAX_PAGE) problems.push(`maxResults must be between 1 and ${CHANGELOG_MAX_PAGE}.`);
  if (problems.length > 0) return jiraError(400, problems);

  const issues = new Map<string, SiteIssue>();
  for (const idOrKey of body.issueIdsOrKeys) {
    const issue = ctx.index.findIssue(idOrKey);
    if (issue !== undefined && ctx.viewer.canSeeIssue(issue)) issues.set(issue.id, issue);
  }
  const fieldIds = body.fieldIds === undefined || body.fieldIds.length === 0 ? null : new Set(body.fieldIds);
  const entries = [...issues.values()]
    .sort((a, b) => Number(a.id) - Number(b.id))
    .flatMap((issue) =>
      sortHistoriesOldestFirst(issue.changelog?.histories ?? []).flatMap((h) => {
        const kept = filterItems(h, fieldIds);
        return kept === null ? [] : [{ issueId: issue.id, history: kept }];
      }),
    );

  const scope = `changelog|${[...issues.keys()].join(',')}|${[...(fieldIds ?? [])].join(',')}|${ctx.viewer.accountId ?? '(app)'}`;
  const offset = body.nextPageToken === undefined || body.nextPageToken === null ? 0 : pageToken.decode(body.nextPageToken, scope);
  if (offset === null) return jiraError(400, ['The nextPageToken is invalid or has expired.']);
  const page = entries.slice(offset, offset + maxResults);
  const issueChangeLogs: { issueId: string; changeHistories: Record<string, unknown>[] }[] = [];
  for (const { issueId, history } of page) {
    const last = issueChangeLogs.at(-1);
    const group = last?.issueId === issueId ? last : { issueId, changeHistories: [] };
    if (group !== last) issueChangeLogs.push(group);
    group.changeHistories.push(presentHistory(history, ctx.index));
  }
  const next = offset + page.length;
  return jsonReply(200, { issueChangeLogs, ...(next < entries.length ? { nextPageToken: pageToken.encode(next, scope) } : {}) });
};

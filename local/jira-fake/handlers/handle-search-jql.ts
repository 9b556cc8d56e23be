import { z } from 'zod';
import { jiraError } from '../jira-error';
import { jsonReply, type FakeReply } from '../fake-reply';
import { pageToken } from '../page-token';
import { parseFieldSelection } from '../parse-field-selection';
import { presentIssue } from '../present-issue';
import type { Handler, HandlerContext } from './handler-context';
import { parseRequestBody } from './parse-request-body';
import { queryBoolean, queryInteger, queryList } from './query-values';
import { runJql } from './run-jql';

/** Page sizes of the enhanced search: 50 by default, up to 5000 when only ids (or keys) are asked for, else 100. */
export const SEARCH_DEFAULT_PAGE = 50;
export const SEARCH_MAX_IDS_PAGE = 5000;
export const SEARCH_MAX_FIELDS_PAGE = 100;
const MAX_RECONCILE_IDS = 50;

interface SearchParams {
  readonly jql: string;
  readonly nextPageToken: string | null;
  readonly maxResults: number;
  readonly fields: readonly string[] | undefined;
  readonly expand: readonly string[];
  readonly fieldsByKeys: boolean;
  readonly reconcileIssues: readonly number[];
}

const searchBodySchema = z.strictObject({
  jql: z.string().nullable().optional(),
  nextPageToken: z.string().nullable().optional(),
  maxResults: z.int().optional(),
  fields: z.array(z.string()).optional(),
  expand: z.string().optional(),
  properties: z.array(z.string()).max(5).optional(),
  fieldsByKeys: z.boolean().optional(),
  failFast: z.boolean().optional(),
  reconcileIssues: z.array(z.int()).optional(),
});

function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function search(params: SearchParams, ctx: HandlerContext): FakeReply {
  if (params.reconcileIssues.length > MAX_RECONCILE_IDS) {
    return jiraError(400, [`reconcileIssues accepts at most ${MAX_RECONCILE_IDS} issue ids.`]);
  }
  const found = runJql(params.jql, ctx);
  if ('reply' in found) return found.reply;
  const scope = `${params.jql}|${ctx.viewer.accountId ?? '(app)'}`;
  const offset = params.nextPageToken === null ? 0 : pageToken.decode(params.nextPageToken, scope);
  if (offset === null) return jiraError(400, ['The nextPageToken is invalid or has expired.']);
  const selection = parseFieldSelection(params.fields, ['id'], ctx.index, params.fieldsByKeys);
  const onlyIdentifiers = !selection.all && !selection.navigable && [...selection.include].every((f) => f === 'key');
  const cap = onlyIdentifiers ? SEARCH_MAX_IDS_PAGE : SEARCH_MAX_FIELDS_PAGE;
  const size = Math.min(Math.max(params.maxResults, 1), cap);
  const page = found.issues.slice(offset, offset + size);
  const next = offset + page.length;
  const isLast = next >= found.issues.length;
  const changelog = params.expand.includes('changelog');
  return jsonReply(200, {
    issues: page.map((issue) => presentIssue(issue, selection, changelog, ctx.viewer, ctx.index)),
    ...(isLast ? {} : { nextPageToken: pageToken.encode(next, scope) }),
    isLast,
  });
}

/** POST /rest/api/3/search/jql: the enhanced JQL search, paged by nextPageToken until isLast. */
export const handleSearchJqlPost: Handler = (request, ctx) => {
  const parsed = parseRequestBody(searchBodySchema, request.body);
  if ('reply' in parsed) return parsed.reply;
  const body = parsed.data;
  return search(
    {
      jql: body.jql ?? '',
      nextPageToken: body.nextPageToken ?? null,
      maxResults: body.maxResults ?? SEARCH_DEFAULT_PAGE,
      fields: body.fields,
      expand: splitList(body.expand),
      fieldsByKeys: body.fieldsByKeys ?? false,
      reconcileIssues: body.reconcileIssues ?? [],
    },
    ctx,
  );
};

/** GET /rest/api/3/search/jql: the same search with its parameters in the query string. */
export const handleSearchJqlGet: Handler = (request, ctx) => {
  const { query } = request;
  const maxResults = queryInteger(query, 'maxResults', SEARCH_DEFAULT_PAGE);
  if (maxResults === null) return jiraError(400, [`The value '${query.get('maxResults') ?? ''}' is not valid for maxResults.`]);
  const reconcile = queryList(query, 'reconcileIssues');
  if (reconcile.some((id) => !/^\d+$/.test(id))) return jiraError(400, ['reconcileIssues must be a list of issue ids.']);
  const fields = query.has('fields') ? queryList(query, 'fields') : undefined;
  return search(
    {
      jql: query.get('jql') ?? '',
      nextPageToken: query.get('nextPageToken'),
      maxResults,
      fields,
      expand: queryList(query, 'expand'),
      fieldsByKeys: queryBoolean(query, 'fieldsByKeys'),
      reconcileIssues: reconcile.map(Number),
    },
    ctx,
  );
};

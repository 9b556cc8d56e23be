import { z } from 'zod';
import type { SiteIssue } from '../../site/site-file-schema';
import { jsonReply } from '../fake-reply';
import { ISSUE_NOT_FOUND, jiraError } from '../jira-error';
import { parseFieldSelection } from '../parse-field-selection';
import { presentIssue } from '../present-issue';
import type { Handler } from './handler-context';
import { parseRequestBody } from './parse-request-body';

/** The most issues one bulk fetch may ask for. */
export const BULK_FETCH_MAX_ISSUES = 100;

const bulkFetchBodySchema = z.strictObject({
  issueIdsOrKeys: z.array(z.string()),
  fields: z.array(z.string()).optional(),
  expand: z.array(z.string()).optional(),
  fieldsByKeys: z.boolean().optional(),
  properties: z.array(z.string()).max(5).optional(),
});

/**
 * POST /rest/api/3/issue/bulkfetch: up to 100 issues by id or key, in ascending id order, navigable fields by
 * default. Ids and keys that do not exist or that the viewer may not browse are reported in `issueErrors`, each with
 * the identifier as asked and Jira's not-found message, so a client can tell them from a retriable gap.
 */
export const handleIssueBulkFetch: Handler = (request, ctx) => {
  const parsed = parseRequestBody(bulkFetchBodySchema, request.body);
  if ('reply' in parsed) return parsed.reply;
  const body = parsed.data;
  if (body.issueIdsOrKeys.length === 0) return jiraError(400, ['At least one issue ID or key must be provided.']);
  if (body.issueIdsOrKeys.length > BULK_FETCH_MAX_ISSUES) {
    return jiraError(400, [`A maximum of ${BULK_FETCH_MAX_ISSUES} issue IDs or keys can be requested at once; ${body.issueIdsOrKeys.length} were given.`]);
  }
  const found = new Map<string, SiteIssue>();
  const issueErrors: { id: string; errorMessage: string }[] = [];
  for (const idOrKey of body.issueIdsOrKeys) {
    const issue = ctx.index.findIssue(idOrKey);
    if (issue !== undefined && ctx.viewer.canSeeIssue(issue)) found.set(issue.id, issue);
    else issueErrors.push({ id: idOrKey, errorMessage: ISSUE_NOT_FOUND });
  }
  const selection = parseFieldSelection(body.fields, ['*navigable'], ctx.index, body.fieldsByKeys ?? false);
  const changelog = body.expand?.includes('changelog') ?? false;
  const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  return jsonReply(200, {
    expand: 'schema,names',
    issues: issues.map((issue) => presentIssue(issue, { ...selection, idOnly: false }, changelog, ctx.viewer, ctx.index)),
    issueErrors,
  });
};

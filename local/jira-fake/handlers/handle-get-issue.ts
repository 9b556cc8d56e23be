import { jsonReply } from '../fake-reply';
import { ISSUE_NOT_FOUND, jiraError } from '../jira-error';
import { parseFieldSelection } from '../parse-field-selection';
import { presentIssue } from '../present-issue';
import type { Handler } from './handler-context';
import { queryBoolean, queryList } from './query-values';

/**
 * GET /rest/api/3/issue/{issueIdOrKey}: one issue with all fields by default, `fields` and `expand=changelog` as
 * Jira reads them; a missing issue and one the viewer may not browse get the same 404.
 */
export const handleGetIssue: Handler = (request, ctx) => {
  const idOrKey = request.params['issueIdOrKey'] ?? '';
  const issue = ctx.index.findIssue(idOrKey);
  if (issue === undefined || !ctx.viewer.canSeeIssue(issue)) return jiraError(404, [ISSUE_NOT_FOUND]);
  const fields = request.query.has('fields') ? queryList(request.query, 'fields') : undefined;
  const selection = parseFieldSelection(fields, ['*all'], ctx.index, queryBoolean(request.query, 'fieldsByKeys'));
  const changelog = queryList(request.query, 'expand').includes('changelog');
  return jsonReply(200, presentIssue(issue, { ...selection, idOnly: false }, changelog, ctx.viewer, ctx.index));
};

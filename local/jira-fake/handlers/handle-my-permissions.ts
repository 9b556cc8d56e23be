import type { SiteProject } from '../../site/site-file-schema';
import { jsonReply } from '../fake-reply';
import { hasPermission } from '../has-permission';
import { ISSUE_NOT_FOUND, jiraError } from '../jira-error';
import { PERMISSION_CATALOG } from '../permission-catalog';
import type { Handler, HandlerContext, HandlerRequest } from './handler-context';
import { queryList } from './query-values';

/** The project a mypermissions request names (project or issue), undefined for the global context, or a 404 message. */
function contextProject(request: HandlerRequest, ctx: HandlerContext): { project: SiteProject | undefined } | { notFound: string } {
  const { query } = request;
  const projectRef = query.get('projectId') ?? query.get('projectKey');
  if (projectRef !== null) {
    const project = ctx.index.projectById.get(projectRef) ?? ctx.index.projectByKey.get(projectRef.toUpperCase());
    return project !== undefined && ctx.viewer.canBrowseProject(project.key)
      ? { project }
      : { notFound: `No project could be found with key '${projectRef}'.` };
  }
  const issueRef = query.get('issueId') ?? query.get('issueKey');
  if (issueRef !== null) {
    const issue = ctx.index.findIssue(issueRef);
    if (issue === undefined || !ctx.viewer.canSeeIssue(issue)) return { notFound: ISSUE_NOT_FOUND };
    return { project: ctx.index.projectByKey.get(issue.fields.project.key) };
  }
  return { project: undefined };
}

/**
 * GET /rest/api/3/mypermissions?permissions=...: whether the viewer holds each permission, globally or in the
 * project or issue named; `permissions` is required, unknown keys are a 400, a hidden project or issue a 404.
 */
export const handleMyPermissions: Handler = (request, ctx) => {
  const keys = queryList(request.query, 'permissions');
  if (keys.length === 0) return jiraError(400, ['The permissions query parameter is required.']);
  const unknown = keys.filter((k) => !PERMISSION_CATALOG.has(k));
  if (unknown.length > 0)
    return jiraError(
      400,
      unknown.map((k) => `The permission '${k}' does not exist.`),
    );
  const scope = contextProject(request, ctx);
  if ('notFound' in scope) return jiraError(404, [scope.notFound]);
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const definition = PERMISSION_CATALOG.get(key);
    if (definition === undefined) continue;
    permissions[key] = { ...definition, havePermission: hasPermission(ctx.viewer, definition, scope.project, ctx.index.site.projects) };
  }
  return jsonReply(200, { permissions });
};

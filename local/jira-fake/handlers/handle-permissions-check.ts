import { z } from 'zod';
import { createViewer } from '../create-viewer';
import { jsonReply } from '../fake-reply';
import { hasPermission } from '../has-permission';
import { jiraError } from '../jira-error';
import { PERMISSION_CATALOG } from '../permission-catalog';
import type { Handler } from './handler-context';
import { parseRequestBody } from './parse-request-body';

const idList = z.array(z.int().nullable()).optional();
const checkBodySchema = z.strictObject({
  globalPermissions: z.array(z.string().nullable()).optional(),
  projectPermissions: z.array(z.strictObject({ permissions: z.array(z.string()), projects: idList, issues: idList }).nullable()).optional(),
  accountId: z.string().optional(),
});

/**
 * POST /rest/api/3/permissions/check: which of the requested global permissions the user holds, and per project
 * permission which of the listed projects and issues it is held in (unknown ids are ignored, as Jira ignores them).
 * Checking another user needs ADMINISTER (403 otherwise); an unknown account or permission is a 400.
 */
export const handlePermissionsCheck: Handler = (request, ctx) => {
  const parsed = parseRequestBody(checkBodySchema, request.body);
  if ('reply' in parsed) return parsed.reply;
  const body = parsed.data;
  let viewer = ctx.viewer;
  if (body.accountId !== undefined && body.accountId !== ctx.viewer.accountId) {
    if (!ctx.viewer.isGlobalAdmin) return jiraError(403, ['You do not have permission to check the permissions of other users.']);
    if (!ctx.index.userById.has(body.accountId)) return jiraError(400, [`The account ID '${body.accountId}' is not valid.`]);
    viewer = createViewer(ctx.index, body.accountId);
  }
  const globalKeys = (body.globalPermissions ?? []).flatMap((k) => (k === null ? [] : [k]));
  const entries = (body.projectPermissions ?? []).flatMap((e) => (e === null ? [] : [e]));
  const problems = [
    ...globalKeys.filter((k) => PERMISSION_CATALOG.get(k)?.type !== 'GLOBAL').map((k) => `Invalid global permission: ${k}`),
    ...entries.flatMap((e) =>
      e.permissions.filter((k) => k !== '' && PERMISSION_CATALOG.get(k)?.type !== 'PROJECT').map((k) => `Invalid project permission: ${k}`),
    ),
    ...entries.filter((e) => e.permissions.every((k) => k === '')).map(() => 'At least one project permission is required.'),
  ];
  if (problems.length > 0) return jiraError(400, problems);

  const { projects } = ctx.index.site;
  const granted = new Map<string, { projects: Set<number>; issues: Set<number> }>();
  for (const entry of entries) {
    for (const key of entry.permissions.filter((k) => k !== '')) {
      const definition = PERMISSION_CATALOG.get(key);
      if (definition === undefined) continue;
      const grant = granted.get(key) ?? { projects: new Set<number>(), issues: new Set<number>() };
      granted.set(key, grant);
      for (const id of entry.projects ?? []) {
        const project = id === null ? undefined : ctx.index.projectById.get(String(id));
        if (project && hasPermission(viewer, definition, project, projects)) grant.projects.add(Number(project.id));
      }
      for (const id of entry.issues ?? []) {
        const issue = id === null ? undefined : ctx.index.findIssue(String(id));
        const project = issue === undefined ? undefined : ctx.index.projectByKey.get(issue.fields.project.key);
        if (issue && project && hasPermission(viewer, definition, project, projects)) grant.issues.add(Number(issue.id));
      }
    }
  }
  return jsonReply(200, {
    globalPermissions: [...new Set(globalKeys)].filter((k) => {
      const definition = PERMISSION_CATALOG.get(k);
      return definition !== undefined && hasPermission(viewer, definition, undefined, projects);
    }),
    projectPermissions: [...granted].map(([permission, grant]) => ({ permission, projects: [...grant.projects], issues: [...grant.issues] })),
  });
};

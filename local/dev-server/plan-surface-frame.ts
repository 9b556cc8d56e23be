import type { SiteFile } from '../site/site-file-schema';
import type { SurfaceQuery } from './dev-server-requests';
import { resolveHarnessChoices, type HarnessChoices, type HarnessIssue, type HarnessProject, type HarnessUser } from './resolve-harness-choices';

/** Where the local host runs the app: a site file behind the Jira fake, or a real site as one fixed user. */
export type HarnessSite =
  { readonly kind: 'site'; readonly site: SiteFile; readonly preferredAccountId: string | null } | { readonly kind: 'real'; readonly actingUser: HarnessUser };

/** A frame's who and where, or why it cannot be shown. */
export type FramePlan =
  | {
      readonly ok: true;
      readonly user: HarnessUser;
      readonly project: HarnessProject | null;
      readonly issue: HarnessIssue | null;
      readonly issueProject: HarnessProject | null;
    }
  | { readonly ok: false; readonly status: 400 | 404; readonly message: string };

function typedKey(key: string | undefined, typeKey: string): HarnessProject | null {
  return key === undefined ? null : { id: '', key, name: key, typeKey };
}

/**
 * The harness's choices for a query: on a site file, what the chosen user may see (unknown or hidden keys fall back to
 * defaults); on a real site, the keys as typed.
 */
export function harnessChoicesFor(host: HarnessSite, query: SurfaceQuery): HarnessChoices {
  if (host.kind === 'site') return resolveHarnessChoices(host.site, query, host.preferredAccountId);
  const project = typedKey(query.project, 'software');
  const issue =
    query.issue === undefined ? null : { id: '', key: query.issue, summary: query.issue, typeName: '', projectKey: query.issue.replace(/-\d+$/, '') };
  return { users: [host.actingUser], user: host.actingUser, projects: project ? [project] : [], project, issues: issue ? [issue] : [], issue };
}

/**
 * Checks a frame's query strictly, as Jira would refuse to open an issue or project the user may not see: unlike
 * the harness page, a frame never falls back to something other than what was asked for.
 */
export function planSurfaceFrame(host: HarnessSite, query: SurfaceQuery): FramePlan {
  const choices = harnessChoicesFor(host, query);
  if (query.as !== undefined && choices.user.accountId !== query.as && host.kind === 'site') {
    return { ok: false, status: 400, message: `No active user on this site has the account id ${query.as}.` };
  }
  if (query.project !== undefined && choices.project?.key !== query.project) {
    return { ok: false, status: 404, message: `No project could be found with key '${query.project}'.` };
  }
  if (query.issue !== undefined && choices.issue?.key !== query.issue) {
    return { ok: false, status: 404, message: 'Issue does not exist or you do not have permission to see it.' };
  }
  const issue = query.issue === undefined ? null : choices.issue;
  const issueProject = issue === null ? null : (choices.projects.find((p) => p.key === issue.projectKey) ?? typedKey(issue.projectKey, 'software'));
  return { ok: true, user: choices.user, project: query.project === undefined ? null : choices.project, issue, issueProject };
}

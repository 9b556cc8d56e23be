import { createSiteIndex } from '../jira-fake/create-site-index';
import { createViewer } from '../jira-fake/create-viewer';
import type { SiteFile } from '../site/site-file-schema';

export interface HarnessUser {
  readonly accountId: string;
  readonly displayName: string;
}

export interface HarnessProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly typeKey: string;
}

export interface HarnessIssue {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly typeName: string;
  readonly projectKey: string;
}

/** What the harness page offers and what it has chosen: only what Jira would show the chosen user. */
export interface HarnessChoices {
  readonly users: readonly HarnessUser[];
  readonly user: HarnessUser;
  readonly projects: readonly HarnessProject[];
  readonly project: HarnessProject | null;
  readonly issues: readonly HarnessIssue[];
  readonly issue: HarnessIssue | null;
}

export interface HarnessRequest {
  readonly as?: string | undefined;
  readonly project?: string | undefined;
  readonly issue?: string | undefined;
}

/**
 * Resolves the harness's user, project and issue from the query, falling back to sensible defaults (the preferred
 * user, else the first; the first visible project and issue) whenever a choice is unknown or not visible to the user,
 * so switching to a user with less access never leaves another user's project on screen.
 *
 * @example
 * resolveHarnessChoices(site, { as: 'restricted-id', issue: 'HRB-1' }, 'executive-id').issue?.key; // a visible issue, never HRB-1
 */
export function resolveHarnessChoices(site: SiteFile, request: HarnessRequest, preferredAccountId: string | null): HarnessChoices {
  const users = site.users.filter((u) => u.active).map((u) => ({ accountId: u.accountId, displayName: u.displayName }));
  const user = users.find((u) => u.accountId === request.as) ?? users.find((u) => u.accountId === preferredAccountId) ?? users[0];
  if (user === undefined) throw new Error('The site has no active user to sign in as.');

  const viewer = createViewer(createSiteIndex(site), user.accountId);
  const projects = site.projects
    .filter((p) => viewer.canBrowseProject(p.key))
    .map((p) => ({ id: p.id, key: p.key, name: p.name, typeKey: p.projectTypeKey }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const issues = site.issues
    .filter((i) => viewer.canSeeIssue(i))
    .map((i) => ({ id: i.id, key: i.key, summary: i.fields.summary, typeName: i.fields.issuetype.name, projectKey: i.fields.project.key }));

  const project = projects.find((p) => p.key === request.project) ?? projects[0] ?? null;
  const issue = issues.find((i) => i.key === request.issue) ?? issues.find((i) => i.projectKey === project?.key) ?? issues[0] ?? null;
  return { users, user, projects, project, issues, issue };
}

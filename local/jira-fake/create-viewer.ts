import type { SiteIssue, SiteUser } from '../site/site-file-schema';
import type { SiteIndex } from './create-site-index';

/** Groups whose members hold Jira's global ADMINISTER permission. */
export const ADMIN_GROUPS: readonly string[] = ['jira-administrators', 'site-admins'];

/** Who is asking, and what they may browse. */
export interface Viewer {
  /** The acting user's account id; null for the app itself (asApp), which browses every project. */
  readonly accountId: string | null;
  readonly user: SiteUser | undefined;
  /** Holds the global ADMINISTER permission (an admin group member, or the app). */
  readonly isGlobalAdmin: boolean;
  canBrowseProject(projectKey: string): boolean;
  canSeeIssue(issue: SiteIssue): boolean;
}

/**
 * The viewer for an account: the site file's `permissions` lists the projects each user may browse; administrators
 * hold ADMINISTER but still browse only the projects granted to them, and the app (null) browses everything.
 *
 * @example
 * createViewer(index, null).canBrowseProject('PMO'); // true
 */
export function createViewer(index: SiteIndex, accountId: string | null): Viewer {
  const user = accountId === null ? undefined : index.userById.get(accountId);
  const granted = new Set(accountId === null ? [] : (index.site.permissions[accountId] ?? []));
  const canBrowseProject = (projectKey: string): boolean => accountId === null || granted.has(projectKey);
  return {
    accountId,
    user,
    isGlobalAdmin: accountId === null || (user?.groups.some((g) => ADMIN_GROUPS.includes(g)) ?? false),
    canBrowseProject,
    canSeeIssue: (issue) => canBrowseProject(issue.fields.project.key),
  };
}

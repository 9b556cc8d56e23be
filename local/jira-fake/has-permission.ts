import type { SiteProject } from '../site/site-file-schema';
import type { Viewer } from './create-viewer';
import type { PermissionDefinition } from './permission-catalog';

/** Global permissions every licensed user holds on a default Jira site. */
const EVERY_USER_GLOBAL = new Set(['USER_PICKER', 'CREATE_SHARED_OBJECTS', 'MANAGE_GROUP_FILTER_SUBSCRIPTIONS', 'BULK_CHANGE']);

/**
 * Whether a viewer holds a permission, globally (project undefined) or in a project. The site file models browsing
 * only, so: ADMINISTER goes with the admin groups (SYSTEM_ADMIN with site-admins); a project permission is held where
 * the viewer may browse the project, except ADMINISTER_PROJECTS, which also needs ADMINISTER or being the project's
 * lead; in the global context a project permission is held if it is held in any project, as Jira reports it.
 */
export function hasPermission(viewer: Viewer, permission: PermissionDefinition, project: SiteProject | undefined, projects: readonly SiteProject[]): boolean {
  if (viewer.accountId === null) return true;
  if (permission.type === 'GLOBAL') {
    if (permission.key === 'ADMINISTER') return viewer.isGlobalAdmin;
    if (permission.key === 'SYSTEM_ADMIN') return viewer.user?.groups.includes('site-admins') ?? false;
    return EVERY_USER_GLOBAL.has(permission.key) && viewer.user !== undefined;
  }
  const inProject = (p: SiteProject): boolean =>
    viewer.canBrowseProject(p.key) && (permission.key !== 'ADMINISTER_PROJECTS' || viewer.isGlobalAdmin || p.lead?.accountId === viewer.accountId);
  return project === undefined ? projects.some(inProject) : inProject(project);
}

import type { SiteProject } from '../site/site-file-schema';
import type { SiteIndex } from './create-site-index';
import { presentUser } from './present-user';

/** The expand options Jira advertises on a project. */
export const PROJECT_EXPAND = 'description,lead,issueTypes,url,projectKeys,permissions,insight';

/** A project category in Jira's shape, with its self link. */
export function presentProjectCategory(category: NonNullable<SiteProject['projectCategory']>, index: SiteIndex): Record<string, unknown> {
  const base = index.site.baseUrl.replace(/\/+$/, '');
  return {
    self: category.self ?? `${base}/rest/api/3/projectCategory/${category.id}`,
    id: category.id,
    name: category.name,
    ...(category.description === undefined ? {} : { description: category.description }),
  };
}

/**
 * A project as GET /rest/api/3/project/search lists it; `description` and `lead` only when expanded, as Jira does.
 */
export function presentProject(project: SiteProject, expand: ReadonlySet<string>, index: SiteIndex): Record<string, unknown> {
  const base = index.site.baseUrl.replace(/\/+$/, '');
  const avatar = (size: string): string => `${base}/rest/api/3/universal_avatar/view/type/project/avatar/10400?size=${size}`;
  return {
    expand: PROJECT_EXPAND,
    self: `${base}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: { '48x48': avatar('large'), '24x24': avatar('small'), '16x16': avatar('xsmall'), '32x32': avatar('medium') },
    ...(project.projectCategory === undefined ? {} : { projectCategory: presentProjectCategory(project.projectCategory, index) }),
    projectTypeKey: project.projectTypeKey,
    simplified: project.simplified ?? false,
    style: project.style ?? 'classic',
    isPrivate: false,
    properties: {},
    ...(expand.has('description') ? { description: project.description ?? '' } : {}),
    ...(expand.has('lead') && project.lead !== undefined ? { lead: presentUser(project.lead, index) } : {}),
  };
}

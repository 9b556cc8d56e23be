/** The consistency laws every site file (generated or hand-written) must obey, as a list of violations. */
import type { SiteFile } from '../../../local/site/site-file-schema';
import { readSiteIssue, type IssueView } from './read-site-issue';

export type SiteLaw =
  | 'unique ids'
  | 'links symmetric'
  | 'parent and subtasks agree'
  | 'resolutiondate iff done'
  | 'updated after created'
  | 'projects known'
  | 'permissions name projects';

/** Violations of one law, each naming the issue; empty when the site obeys it. */
export function checkSiteLaw(site: SiteFile, law: SiteLaw): string[] {
  const views = site.issues.map(readSiteIssue);
  const byKey = new Map<string, IssueView>(views.map((v) => [v.key, v]));
  const problems: string[] = [];
  switch (law) {
    case 'unique ids': {
      const ids = new Set<string>();
      const keys = new Set<string>();
      for (const v of views) {
        if (ids.has(v.id)) problems.push(`duplicate id ${v.id}`);
        if (keys.has(v.key)) problems.push(`duplicate key ${v.key}`);
        ids.add(v.id);
        keys.add(v.key);
      }
      break;
    }
    case 'links symmetric':
      for (const v of views) {
        for (const link of v.links) {
          const other = byKey.get(link.otherKey);
          const mirror = other?.links.find((l) => l.id === link.id);
          if (!mirror) problems.push(`${v.key}: link ${link.id} to ${link.otherKey} is missing on the other end`);
          else if (mirror.otherKey !== v.key || mirror.direction === link.direction || mirror.typeName !== link.typeName) {
            problems.push(`${v.key}: link ${link.id} does not mirror ${link.otherKey}'s`);
          }
        }
      }
      break;
    case 'parent and subtasks agree':
      for (const v of views) {
        const parent = v.parentKey === null ? undefined : byKey.get(v.parentKey);
        if (v.parentKey !== null && !parent) problems.push(`${v.key}: parent ${v.parentKey} does not exist`);
        if (v.subtask && !parent) problems.push(`${v.key}: a sub-task without a parent`);
        if (v.subtask && parent && !parent.subtaskKeys.includes(v.key)) problems.push(`${v.key}: missing from ${parent.key}.subtasks`);
        for (const key of v.subtaskKeys) if (byKey.get(key)?.parentKey !== v.key) problems.push(`${v.key}: lists ${key} whose parent differs`);
      }
      break;
    case 'resolutiondate iff done':
      for (const v of views) {
        const done = v.category === 'done';
        if (done !== (v.resolved !== null)) problems.push(`${v.key}: category ${v.category} but resolutiondate ${String(v.resolved)}`);
        if (done !== (v.resolution !== null)) problems.push(`${v.key}: category ${v.category} but resolution ${String(v.resolution)}`);
      }
      break;
    case 'updated after created':
      for (const v of views) {
        if (!(v.updated >= v.created)) problems.push(`${v.key}: updated before created`);
        if (v.resolved !== null && v.resolved < v.created) problems.push(`${v.key}: resolved before created`);
        for (const h of v.histories) {
          const at = Date.parse(h.created);
          if (at < v.created || at > v.updated) problems.push(`${v.key}: history ${h.id} outside created..updated`);
        }
      }
      break;
    case 'projects known': {
      const projects = new Map(site.projects.map((p) => [p.key, p.id]));
      site.issues.forEach((issue, index) => {
        const v = views[index]!;
        if (projects.get(v.projectKey) === undefined) problems.push(`${v.key}: unknown project ${v.projectKey}`);
        else if (!v.key.startsWith(`${v.projectKey}-`) || issue.fields.project.id !== projects.get(v.projectKey))
          problems.push(`${v.key}: key or project id does not match its project`);
      });
      break;
    }
    case 'permissions name projects': {
      const keys = new Set(site.projects.map((p) => p.key));
      const users = new Set(site.users.map((u) => u.accountId));
      for (const [accountId, projectKeys] of Object.entries(site.permissions)) {
        if (!users.has(accountId)) problems.push(`permissions for unknown user ${accountId}`);
        for (const key of projectKeys) if (!keys.has(key)) problems.push(`${accountId}: unknown project ${key}`);
      }
      break;
    }
  }
  return problems;
}

export const siteLaws: readonly SiteLaw[] = [
  'unique ids',
  'links symmetric',
  'parent and subtasks agree',
  'resolutiondate iff done',
  'updated after created',
  'projects known',
  'permissions name projects',
];

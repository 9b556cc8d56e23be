import type { JqlContext } from './jql-context';
import { readIdentifiers } from './read-identifiers';

/** The identifiers (lower-case) of every value of an issue field found on the site's issues. */
function valuesOnIssues(ctx: JqlContext, fieldId: string, properties: readonly string[]): Set<string> {
  const values = new Set<string>();
  for (const issue of ctx.index.site.issues) {
    for (const ids of readIdentifiers(issue.fields[fieldId], properties)) for (const id of ids) values.add(id);
  }
  return values;
}

/**
 * The values a query may name for fields Jira validates: projects the viewer may browse (key, id, name), statuses
 * (the site's list and those on issues), issue types and project categories in use, and users by account id.
 */
export function knownValues(ctx: JqlContext, field: 'project' | 'status' | 'issuetype' | 'category' | 'user'): Set<string> {
  const { site } = ctx.index;
  switch (field) {
    case 'project':
      return new Set(site.projects.filter((p) => ctx.viewer.canBrowseProject(p.key)).flatMap((p) => [p.key, p.id, p.name].map((v) => v.toLowerCase())));
    case 'status': {
      const values = valuesOnIssues(ctx, 'status', ['id', 'name']);
      for (const s of site.statuses) [s.id, s.name].forEach((v) => values.add(v.toLowerCase()));
      return values;
    }
    case 'issuetype':
      return valuesOnIssues(ctx, 'issuetype', ['id', 'name']);
    case 'category':
      return new Set(site.projects.flatMap((p) => (p.projectCategory ? [p.projectCategory.id, p.projectCategory.name] : [])).map((v) => v.toLowerCase()));
    case 'user':
      return new Set(site.users.map((u) => u.accountId.toLowerCase()));
  }
}

import type { SiteIndex } from './create-site-index';
import type { Viewer } from './create-viewer';
import { issueLinkSchema, issueReferenceSchema, type IssueReference } from './issue-reference';

function canSee(reference: IssueReference | undefined, viewer: Viewer, index: SiteIndex): boolean {
  const idOrKey = reference?.id ?? reference?.key;
  const issue = idOrKey === undefined ? undefined : index.findIssue(idOrKey);
  return issue !== undefined && viewer.canSeeIssue(issue);
}

/**
 * Removes from an issue's fields whatever points at an issue the viewer may not browse: such links are simply absent
 * from `issuelinks`, such subtasks from `subtasks`, and a hidden `parent` is left out, as Jira does. Returns a copy.
 */
export function hideUnbrowsableRelations(fields: Record<string, unknown>, viewer: Viewer, index: SiteIndex): Record<string, unknown> {
  const visible = { ...fields };
  const links = visible['issuelinks'];
  if (Array.isArray(links)) {
    visible['issuelinks'] = links.filter((raw) => {
      const link = issueLinkSchema.safeParse(raw);
      return link.success && canSee(link.data.inwardIssue ?? link.data.outwardIssue, viewer, index);
    });
  }
  const subtasks = visible['subtasks'];
  if (Array.isArray(subtasks)) {
    visible['subtasks'] = subtasks.filter((raw) => {
      const subtask = issueReferenceSchema.safeParse(raw);
      return subtask.success && canSee(subtask.data, viewer, index);
    });
  }
  const parent = issueReferenceSchema.safeParse(visible['parent']);
  if ('parent' in visible && visible['parent'] !== null && !(parent.success && canSee(parent.data, viewer, index))) {
    delete visible['parent'];
  }
  return visible;
}

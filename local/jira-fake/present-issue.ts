import type { SiteIssue } from '../site/site-file-schema';
import type { SiteIndex } from './create-site-index';
import type { Viewer } from './create-viewer';
import { hideUnbrowsableRelations } from './hide-unbrowsable-relations';
import type { FieldSelection } from './parse-field-selection';
import { presentInlineChangelog } from './present-changelog';
import { selectIssueFields } from './select-issue-fields';

/** The expand options Jira advertises on every issue. */
export const ISSUE_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

/**
 * An issue in Jira's IssueBean shape for a viewer: `{ expand, id, self, key, fields, changelog? }`, or `{ id }` alone
 * when only ids were asked for. Links, subtasks and a parent the viewer may not browse are left out.
 */
export function presentIssue(issue: SiteIssue, selection: FieldSelection, expandChangelog: boolean, viewer: Viewer, index: SiteIndex): Record<string, unknown> {
  if (selection.idOnly && !expandChangelog) return { id: issue.id };
  const base = index.site.baseUrl.replace(/\/+$/, '');
  const fields = hideUnbrowsableRelations(selectIssueFields(issue, selection, index), viewer, index);
  return {
    expand: ISSUE_EXPAND,
    id: issue.id,
    self: `${base}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
    ...(expandChangelog ? { changelog: presentInlineChangelog(issue.changelog?.histories ?? [], index) } : {}),
  };
}

import type { SiteIssue } from '../site/site-file-schema';
import type { SiteIndex } from './create-site-index';
import type { FieldSelection } from './parse-field-selection';
import { SYSTEM_FIELDS } from './system-fields';

/** List fields Jira returns as [] rather than null when an issue has no values. */
const LIST_FIELDS = new Set(['issuelinks', 'subtasks', 'labels', 'components', 'fixVersions', 'versions', 'attachment']);

function isNavigable(fieldId: string, index: SiteIndex): boolean {
  return index.fieldById.get(fieldId)?.navigable ?? SYSTEM_FIELDS.get(fieldId)?.navigable ?? true;
}

function isKnownField(fieldId: string, index: SiteIndex): boolean {
  return index.fieldById.has(fieldId) || SYSTEM_FIELDS.has(fieldId);
}

/**
 * The fields object of an issue for a selection. A field asked for by name that the site knows but the issue does
 * not carry comes back as null (a list field as []), as Jira returns unset fields; unknown names are ignored, as Jira
 * ignores them; list fields the selection covers are [] rather than missing.
 */
export function selectIssueFields(issue: SiteIssue, selection: FieldSelection, index: SiteIndex): Record<string, unknown> {
  const selected: Record<string, unknown> = {};
  for (const [fieldId, value] of Object.entries(issue.fields)) {
    if (selection.exclude.has(fieldId)) continue;
    if (selection.all || selection.include.has(fieldId) || (selection.navigable && isNavigable(fieldId, index))) {
      selected[fieldId] = value;
    }
  }
  for (const fieldId of selection.include) {
    if (!(fieldId in selected) && !selection.exclude.has(fieldId) && isKnownField(fieldId, index)) selected[fieldId] = LIST_FIELDS.has(fieldId) ? [] : null;
  }
  for (const fieldId of LIST_FIELDS) {
    if (!(fieldId in selected) && !selection.exclude.has(fieldId) && (selection.all || (selection.navigable && isNavigable(fieldId, index))))
      selected[fieldId] = [];
  }
  return selected;
}

import type { ChangeImpact } from '../../domain/change-control/change-impact';
import type { ChangeRequest } from '../../domain/change-control/change-request';
import { compareIssueKeys } from '../../domain/ids/compare-issue-keys';
import type { IssueKey } from '../../domain/ids/issue-key';
import { parseInstant } from '../../domain/time/parse-instant';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { ChangeImpactFieldIds } from './change-impact-field-ids';

function numberIn(fields: Readonly<Record<string, unknown>>, fieldId: string | null): number | null {
  if (fieldId === null || !Object.hasOwn(fields, fieldId)) return null;
  const value = fields[fieldId];
  return typeof value === 'number' ? value : null;
}

/**
 * A change request from its work item and the raw fields Jira answered: the items it changes are every issue it links
 * to and its parent (applying it ignores those the baseline does not hold), its impact the numbers in the impact fields.
 *
 * @returns null when Jira's created time cannot be read.
 */
export function toChangeRequest(item: WorkItem, fields: Readonly<Record<string, unknown>>, impactFields: ChangeImpactFieldIds): ChangeRequest | null {
  const created = parseInstant(item.created);
  if (created === null) return null;
  const named = new Set<IssueKey>(item.links.map((link) => link.otherKey));
  if (item.parentKey !== null) named.add(item.parentKey);
  const impact: ChangeImpact = {
    days: numberIn(fields, impactFields.days),
    cost: numberIn(fields, impactFields.cost),
    scope: numberIn(fields, impactFields.scope),
  };
  return { key: item.key, projectKey: item.projectKey, summary: item.summary, itemKeys: [...named].sort(compareIssueKeys), impact, created };
}

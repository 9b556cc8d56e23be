import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { projectKeyOf } from '../../domain/ids/project-key-of';
import { parseRaidScale } from '../../domain/work-item/parse-raid-scale';
import type { RaidScale } from '../../domain/work-item/raid-scale';
import type { StatusCategory } from '../../domain/work-item/status-category';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { WorkItemLink } from '../../domain/work-item/work-item-link';
import type { WorkItemLinkType } from '../../domain/work-item/work-item-link-type';
import type { FieldMapping } from '../../ports/field-mapping';
import { adfPlainText } from './adf-plain-text';
import type { JiraIssue } from './jira-issue-schema';
import { readWorkItemCriteria } from './read-work-item-criteria';

/** Link phrases as Jira's default link types word them, seen from the issue that carries the link. */
const linkPhrases: ReadonlyMap<string, WorkItemLinkType> = new Map([
  ['blocks', 'blocks'],
  ['is blocked by', 'is-blocked-by'],
  ['relates to', 'relates'],
  ['depends on', 'depends-on'],
]);

function linkTypeOf(phrase: string): WorkItemLinkType {
  return linkPhrases.get(phrase.trim().toLowerCase()) ?? 'other';
}

function statusCategoryOf(key: string): StatusCategory {
  // Jira's "No Category" ("undefined") status counts as not started, as Jira's own boards show it.
  return key === 'indeterminate' || key === 'done' ? key : 'new';
}

function numberValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function dateValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? null;
}

/** A select option ({ value: "3 - Possible" }), a number, or text: read by its leading whole number 1..5. */
function scaleValue(value: unknown): RaidScale | null {
  if (typeof value === 'number' || typeof value === 'string') return parseRaidScale(value);
  if (typeof value === 'object' && value !== null && 'value' in value) {
    const inner: unknown = value.value;
    return typeof inner === 'string' || typeof inner === 'number' ? parseRaidScale(inner) : null;
  }
  return null;
}

/** Jira's "Flagged" holds a non-empty list of options (usually just "Impediment") while the issue is flagged. */
function isFlagged(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0;
}

function customValue(fields: Readonly<Record<string, unknown>>, id: string | null): unknown {
  return id === null ? undefined : fields[id];
}

function linksOf(issue: JiraIssue): WorkItemLink[] {
  const links: WorkItemLink[] = [];
  for (const link of issue.fields.issuelinks ?? []) {
    if (link === null) continue;
    const [other, phrase] = link.outwardIssue ? [link.outwardIssue, link.type.outward] : link.inwardIssue ? [link.inwardIssue, link.type.inward] : [null, ''];
    const otherKey = other === null ? null : parseIssueKey(other.key);
    if (otherKey === null) continue;
    links.push({ type: linkTypeOf(phrase), otherKey, otherProjectKey: projectKeyOf(otherKey) });
  }
  return links;
}

/**
 * Reads one Jira issue (as the search returns it, already parsed) as a work item, through the site's field mapping:
 * select values such as "3 - Possible" become 3, numbers stay numbers, multi-line text becomes plain text, and
 * intake criteria (Business Value, Job Size, Strategic Theme, ...) are kept only when the issue holds any, and
 * links are typed by their wording ("blocks", "is blocked by", "relates to", "depends on"; anything else is
 * "other"). Values that do not parse (a malformed key on a link or parent, an account id with spaces) are left out
 * rather than failing the issue.
 *
 * @returns the work item, or null when the issue's own key is not a Jira issue key.
 * @example
 * toWorkItem(issue, mapping)?.raid.probability; // 3 for { [mapping.probability]: { value: '3 - Possible' } }
 */
export function toWorkItem(issue: JiraIssue, mapping: FieldMapping): WorkItem | null {
  const key = parseIssueKey(issue.key);
  if (key === null) return null;
  const { fields } = issue;
  const points = numberValue(customValue(fields, mapping.storyPoints)) ?? numberValue(customValue(fields, mapping.storyPointEstimate));
  const hierarchyLevel = fields.issuetype.hierarchyLevel ?? (fields.issuetype.subtask === true ? -1 : 0);
  const criteria = readWorkItemCriteria(fields, mapping);
  return {
    key,
    projectKey: projectKeyOf(key),
    summary: fields.summary,
    issueType: fields.issuetype.name,
    hierarchyLevel,
    statusName: fields.status.name,
    statusCategory: statusCategoryOf(fields.status.statusCategory.key),
    created: fields.created,
    updated: fields.updated,
    resolved: fields.resolutiondate ?? null,
    due: dateValue(fields.duedate),
    start: dateValue(customValue(fields, mapping.startDate)),
    estimate: { storyPoints: points, originalEstimateSeconds: fields.timeoriginalestimate ?? null },
    parentKey: fields.parent ? parseIssueKey(fields.parent.key) : null,
    labels: [...(fields.labels ?? [])],
    assigneeId: fields.assignee ? parseAccountId(fields.assignee.accountId) : null,
    priority: fields.priority?.name ?? null,
    links: linksOf(issue),
    flagged: isFlagged(customValue(fields, mapping.flagged)),
    raid: {
      probability: scaleValue(customValue(fields, mapping.probability)),
      impact: scaleValue(customValue(fields, mapping.impact)),
      mitigation: adfPlainText(customValue(fields, mapping.mitigation)),
    },
    cost: {
      budget: numberValue(customValue(fields, mapping.budget)),
      actualCost: numberValue(customValue(fields, mapping.actualCost)),
    },
    ...(criteria === null ? {} : { criteria }),
  };
}

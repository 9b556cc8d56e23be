import type { SiteIssue } from '../site/site-file-schema';
import type { IssueRefs } from './create-issue-refs';
import { demoFieldIds } from './demo-field-ids';
import { demoSelectOptions, type DemoSelectOption } from './demo-select-options';
import { demoStatuses } from './demo-statuses';
import { formatJiraDate } from './format-jira-date';
import { formatJiraDateTime } from './format-jira-date-time';
import { formatJiraDuration } from './format-jira-duration';
import type { IssueDraft } from './issue-draft';
import { toOptionValue } from './to-option-value';

const date = (day: number | null): string | null => (day === null ? null : formatJiraDate(day));
const adf = (text: string | null): Record<string, unknown> | null =>
  text === null ? null : { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };

function statusCategoryChanged(draft: IssueDraft): number {
  let at = draft.created;
  for (const t of draft.transitions) if (demoStatuses[t.from].category.key !== demoStatuses[t.to].category.key) at = t.at;
  return at;
}

function timeTracking(draft: IssueDraft): Record<string, unknown> {
  const original = draft.originalEstimateSeconds;
  if (original === null) return {};
  const remaining = draft.status === 'Done' ? 0 : original;
  return {
    originalEstimate: formatJiraDuration(original),
    remainingEstimate: formatJiraDuration(remaining),
    originalEstimateSeconds: original,
    remainingEstimateSeconds: remaining,
  };
}

/**
 * Writes a draft as the issue GET /rest/api/3/issue/{key} returns (fields as with `fields=*all`; unset custom fields
 * are null, as Jira shows them). Linked, parent and sub-task issues appear in Jira's short form.
 * @example
 * renderSiteIssue(draft, refs, baseUrl, changelog).fields.duedate; // '2026-11-20'
 */
export function renderSiteIssue(draft: IssueDraft, refs: IssueRefs, baseUrl: string, histories: SiteIssue['changelog'] | null): SiteIssue {
  const option = (options: readonly DemoSelectOption[], index: number | null): Record<string, unknown> | null => {
    const found = index === null ? undefined : options[index];
    return found ? toOptionValue(baseUrl, found) : null;
  };
  const original = draft.originalEstimateSeconds;
  const issue: SiteIssue = {
    id: draft.id,
    key: draft.key,
    fields: {
      summary: draft.summary,
      description: adf(draft.description),
      issuetype: refs.issueType(draft.type),
      project: refs.project(draft.projectIndex),
      status: refs.status(draft.status),
      statuscategorychangedate: formatJiraDateTime(statusCategoryChanged(draft)),
      priority: refs.priority(draft.priority),
      assignee: draft.assigneeId === null ? null : refs.user(draft.assigneeId),
      reporter: refs.user(draft.reporterId),
      creator: refs.user(draft.reporterId),
      labels: [...draft.labels],
      duedate: date(draft.dueDay),
      created: formatJiraDateTime(draft.created),
      updated: formatJiraDateTime(draft.updated),
      resolutiondate: draft.resolved === null ? null : formatJiraDateTime(draft.resolved),
      resolution: draft.resolution === null ? null : refs.resolution(draft.resolution),
      ...(draft.parent ? { parent: refs.issueSummary(draft.parent) } : {}),
      subtasks: draft.subtasks.map((sub) => refs.issueSummary(sub)),
      issuelinks: draft.links.map((link) => ({
        id: link.id,
        self: `${baseUrl}/rest/api/3/issueLink/${link.id}`,
        type: refs.linkType(link.typeName),
        [link.direction === 'outward' ? 'outwardIssue' : 'inwardIssue']: refs.issueSummary(link.other),
      })),
      timeoriginalestimate: original,
      timeestimate: original === null ? null : draft.status === 'Done' ? 0 : original,
      timetracking: timeTracking(draft),
      [demoFieldIds.startDate]: date(draft.startDay),
      [demoFieldIds.storyPoints]: draft.storyPoints,
      [demoFieldIds.budget]: draft.budget,
      [demoFieldIds.actualCost]: draft.actualCost,
      [demoFieldIds.probability]: option(demoSelectOptions.probability, draft.probability === null ? null : draft.probability - 1),
      [demoFieldIds.impact]: option(demoSelectOptions.impact, draft.impact === null ? null : draft.impact - 1),
      [demoFieldIds.mitigation]: draft.mitigation,
      [demoFieldIds.program]: option(demoSelectOptions.program, draft.program),
      [demoFieldIds.impactDays]: draft.changeImpact?.days ?? null,
      [demoFieldIds.costImpact]: draft.changeImpact?.cost ?? null,
      [demoFieldIds.scopeImpact]: draft.changeImpact?.scope ?? null,
      [demoFieldIds.businessValue]: draft.criteria?.businessValue ?? null,
      [demoFieldIds.timeCriticality]: draft.criteria?.timeCriticality ?? null,
      [demoFieldIds.riskReduction]: draft.criteria?.riskReduction ?? null,
      [demoFieldIds.jobSize]: draft.criteria?.jobSize ?? null,
      [demoFieldIds.estimatedCost]: draft.criteria?.estimatedCost ?? null,
      [demoFieldIds.expectedBenefit]: draft.criteria?.expectedBenefit ?? null,
      [demoFieldIds.strategicTheme]: option(demoSelectOptions.strategicTheme, draft.criteria?.strategicTheme ?? null),
      [demoFieldIds.flagged]: draft.flagged ? [{ self: `${baseUrl}/rest/api/3/customFieldOption/10019`, value: 'Impediment', id: '10019' }] : null,
    },
  };
  if (histories) issue.changelog = histories;
  return issue;
}

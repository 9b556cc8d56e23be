import { resolve } from 'node:path';
import { loadSiteFile } from '../../../local/site/load-site-file';
import type { SiteFile } from '../../../local/site/site-file-schema';
import { jiraIssueSchema } from '../../../src/adapters/jira/jira-issue-schema';
import { toWorkItem } from '../../../src/adapters/jira/to-work-item';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import { parseIssueKey } from '../../../src/domain/ids/parse-issue-key';
import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import type { DueDateChange } from '../../../src/domain/report/due-date-change';
import type { ReportProjectInput } from '../../../src/domain/report/status-report-input';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import type { FieldMapping } from '../../../src/ports/field-mapping';

/** The small site's custom field ids (see test/fixtures/small-site.md). */
export const smallSiteMapping: FieldMapping = {
  storyPoints: null,
  flagged: 'customfield_10021',
  storyPointEstimate: 'customfield_10016',
  startDate: 'customfield_10015',
  budget: 'customfield_10050',
  actualCost: 'customfield_10051',
  probability: 'customfield_10052',
  impact: 'customfield_10053',
  mitigation: 'customfield_10054',
  program: 'customfield_10055',
  businessValue: null,
  timeCriticality: null,
  riskReduction: null,
  jobSize: null,
  estimatedCost: null,
  expectedBenefit: null,
  strategicTheme: null,
};

export const smallSiteNow = '2026-11-20T12:00:00.000Z';

/** A fresh copy of the shared fixture, which a test may change without touching the file. */
export function loadSmallSite(): SiteFile {
  return structuredClone(loadSiteFile(resolve(__dirname, '..', '..', 'fixtures', 'small-site.json')));
}

function workItemsOf(site: SiteFile, projectKey: string): WorkItem[] {
  return site.issues.flatMap((issue) => {
    const parsed = jiraIssueSchema.safeParse(issue);
    const item = parsed.success ? toWorkItem(parsed.data, smallSiteMapping) : null;
    return item !== null && item.projectKey === projectKey ? [item] : [];
  });
}

/** Each listed project of the site as a report input, its roll-up computed at `now` (no earlier snapshot). */
export function projectInputs(site: SiteFile, keys: readonly string[], now = smallSiteNow): ReportProjectInput[] {
  return keys.map((key) => {
    const project = site.projects.find((p) => p.key === key);
    const projectKey = parseProjectKey(key);
    if (project === undefined || projectKey === null) throw new Error(`no project ${key} in the site`);
    const items = workItemsOf(site, key);
    const ref = {
      key: projectKey,
      name: project.name,
      category: project.projectCategory?.name ?? null,
      leadId: project.lead ? parseAccountId(project.lead.accountId) : null,
    };
    return { current: computeProjectRollup({ project: ref, items }, now), previous: null, history: [], partial: false, items };
  });
}

/** Every due date change the site's changelogs hold. */
export function dueDateChangesOf(site: SiteFile): DueDateChange[] {
  return site.issues.flatMap((issue) => {
    const key = parseIssueKey(issue.key);
    if (key === null) return [];
    return (issue.changelog?.histories ?? []).flatMap((history) =>
      history.items
        .filter((item) => (item.fieldId ?? item.field) === 'duedate')
        .map((item) => ({ key, at: history.created, from: item.from ?? null, to: item.to ?? null })),
    );
  });
}

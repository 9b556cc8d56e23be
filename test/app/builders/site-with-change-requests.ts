import { resolve } from 'node:path';
import { loadSiteFile } from '../../../local/site/load-site-file';
import { siteFileSchema, type SiteFile } from '../../../local/site/site-file-schema';

const todo = { id: '10000', name: 'To Do', statusCategory: { key: 'new' } };
const done = { id: '10002', name: 'Done', statusCategory: { key: 'done' } };

function issue(id: string, key: string, project: { id: string; key: string; name: string }, fields: Record<string, unknown>) {
  return {
    id,
    key,
    fields: {
      project,
      status: todo,
      priority: { id: '3', name: 'Medium' },
      assignee: null,
      reporter: { accountId: 'pm', displayName: 'Paul PM', active: true },
      labels: [],
      duedate: null,
      resolutiondate: null,
      resolution: null,
      subtasks: [],
      issuelinks: [],
      ...fields,
    },
    changelog: { histories: [] },
  };
}

const alpha = { id: '10000', key: 'ALPHA', name: 'Alpha Mobile' };
const gamma = { id: '10002', key: 'GAMMA', name: 'Gamma Vendor Exit' };
const changeType = { id: '10100', name: 'Change Request', subtask: false, hierarchyLevel: 0 };
const decisionType = { id: '10101', name: 'Decision', subtask: false, hierarchyLevel: 0 };
const at = (day: string) => `${day}T09:00:00.000+0000`;

/** A "relates to" link to the milestone a change request moves. */
function relatesTo(linkId: string, id: string, key: string, summary: string) {
  return {
    id: linkId,
    type: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
    outwardIssue: {
      id,
      key,
      fields: { summary, status: todo, priority: { id: '2', name: 'High' }, issuetype: { id: '10005', name: 'Milestone', subtask: false, hierarchyLevel: 0 } },
    },
  };
}

function changeRequest(id: string, key: string, project: typeof alpha, summary: string, created: string, impact: { days: number | null; cost: number | null }) {
  const milestone =
    project.key === 'ALPHA'
      ? relatesTo(`2${id}`, '10009', 'ALPHA-8', 'Hypercare exit')
      : relatesTo(`2${id}`, '10020', 'GAMMA-3', 'Contract termination notice');
  return issue(id, key, project, {
    issuelinks: [milestone],
    summary,
    issuetype: changeType,
    created: at(created),
    updated: at(created),
    customfield_10060: impact.days,
    customfield_10061: impact.cost,
  });
}

/**
 * The small site (test/fixtures/small-site.md) with change requests and a decision: ALPHA-13 (+10 days, +20,000),
 * ALPHA-14 (+30 days, +50,000) and ALPHA-15 (+5 days) raised on 2 November, 6 November and 10 November; ALPHA-16, a
 * Decision resolved on 18 November by Dana; GAMMA-6, a change request in the project the restricted user may not
 * browse. Each change request relates to its project's milestone (ALPHA-8, GAMMA-3). The impact fields are "Schedule Impact" and "Cost Impact".
 */
export function siteWithChangeRequests(): SiteFile {
  const fixture = loadSiteFile(resolve(__dirname, '..', '..', 'fixtures', 'small-site.json'));
  const number = (id: string, name: string) => ({
    id,
    name,
    custom: true,
    schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: Number(id.slice(12)) },
  });
  return siteFileSchema.parse({
    ...fixture,
    fields: [...fixture.fields, number('customfield_10060', 'Schedule Impact'), number('customfield_10061', 'Cost Impact')],
    issues: [
      ...fixture.issues,
      changeRequest('10900', 'ALPHA-13', alpha, 'Extend hypercare by ten days', '2026-11-02', { days: 10, cost: 20_000 }),
      changeRequest('10901', 'ALPHA-14', alpha, 'Add a month of tablet support', '2026-11-06', { days: 30, cost: 50_000 }),
      changeRequest('10902', 'ALPHA-15', alpha, 'Move hypercare after the freeze', '2026-11-10', { days: 5, cost: null }),
      issue('10903', 'ALPHA-16', alpha, {
        summary: 'Ship without offline mode',
        issuetype: decisionType,
        status: done,
        assignee: { accountId: 'dev', displayName: 'Dev Dana', active: true },
        created: at('2026-11-12'),
        updated: at('2026-11-18'),
        resolutiondate: at('2026-11-18'),
        resolution: { id: '1', name: 'Done' },
      }),
      changeRequest('10904', 'GAMMA-6', gamma, 'Exit the vendor a quarter later', '2026-11-03', { days: 90, cost: 75_000 }),
    ],
  });
}

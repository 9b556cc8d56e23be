/**
 * A small hand-written site for the fake's tests: four projects (SEC browsable by nobody but the app), four users
 * with different grants, issues across projects with parents, subtasks, cross-project links (some into hidden
 * projects) and changelogs (PMO-4 has 45 histories, more than Jira's 40 inline).
 */
import { parseSiteFile } from '../../../local/site/load-site-file';
import type { SiteFile, SiteFileInput } from '../../../local/site/site-file-schema';

/** The instant the tests treat as now: Tuesday 10 November 2026, noon UTC. */
export const NOW = new Date('2026-11-10T12:00:00.000Z');

export const USERS = {
  alice: 'acc-alice',
  bob: 'acc-bob',
  carol: 'acc-carol',
  dana: 'acc-dana',
} as const;

const STATUS = {
  todo: { id: '1', name: 'To Do', statusCategory: { key: 'new', id: 2, name: 'To Do' } },
  progress: { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate', id: 4, name: 'In Progress' } },
  done: { id: '10001', name: 'Done', statusCategory: { key: 'done', id: 3, name: 'Done' } },
} as const;

const TYPE = {
  epic: { id: '10000', name: 'Epic', subtask: false, hierarchyLevel: 1 },
  story: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
  task: { id: '10002', name: 'Task', subtask: false, hierarchyLevel: 0 },
  bug: { id: '10003', name: 'Bug', subtask: false, hierarchyLevel: 0 },
  risk: { id: '10004', name: 'Risk', subtask: false, hierarchyLevel: 0 },
  subtask: { id: '10005', name: 'Sub-task', subtask: true, hierarchyLevel: -1 },
} as const;

const PRIORITY = { high: { id: '2', name: 'High' }, medium: { id: '3', name: 'Medium' }, low: { id: '4', name: 'Low' } } as const;
const RESOLVED = { id: '10000', name: 'Done' };
const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };
const RELATES = { id: '10001', name: 'Relates', inward: 'relates to', outward: 'relates to' };

const PROJECTS = {
  PMO: { id: '10000', key: 'PMO', name: 'PMO Office' },
  ENG: { id: '10001', key: 'ENG', name: 'Engineering' },
  OPS: { id: '10002', key: 'OPS', name: 'Operations' },
  SEC: { id: '10003', key: 'SEC', name: 'Security' },
} as const;

type ProjectKey = keyof typeof PROJECTS;

interface IssueSpec {
  id: string;
  key: string;
  summary: string;
  type: keyof typeof TYPE;
  status: keyof typeof STATUS;
  created: string;
  updated?: string;
  fields?: Record<string, unknown>;
  histories?: NonNullable<SiteFileInput['issues'][number]['changelog']>['histories'];
}

const user = (accountId: string, displayName: string) => ({ accountId, displayName });
const ref = (id: string, key: string) => ({ id, key, fields: { summary: key } });

function issue(spec: IssueSpec): SiteFileInput['issues'][number] {
  const projectKey = spec.key.slice(0, spec.key.indexOf('-'));
  const project = PROJECTS[projectKey as ProjectKey];
  return {
    id: spec.id,
    key: spec.key,
    fields: {
      summary: spec.summary,
      issuetype: TYPE[spec.type],
      project: { id: project.id, key: project.key, name: project.name },
      status: STATUS[spec.status],
      created: spec.created,
      updated: spec.updated ?? spec.created,
      labels: [],
      assignee: null,
      reporter: user(USERS.alice, 'Alice Admin'),
      priority: PRIORITY.medium,
      resolution: null,
      duedate: null,
      ...spec.fields,
    },
    ...(spec.histories ? { changelog: { histories: spec.histories } } : {}),
  };
}

function manyHistories(count: number): NonNullable<IssueSpec['histories']> {
  return Array.from({ length: count }, (_, i) => ({
    id: String(11001 + i),
    author: user(USERS.alice, 'Alice Admin'),
    created: new Date(Date.UTC(2026, 10, 9, 15, 1 + i)).toISOString().replace('Z', '+0000'),
    items: [{ field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: `Draft ${i}`, to: null, toString: `Draft ${i + 1}` }],
  }));
}

function baseIssues(): SiteFileInput['issues'] {
  return [
    issue({
      id: '20001',
      key: 'PMO-1',
      summary: 'Portfolio roll-out plan',
      type: 'epic',
      status: 'progress',
      created: '2026-09-01T09:00:00.000+0000',
      updated: '2026-11-09T10:00:00.000+0000',
      fields: { duedate: '2026-12-15', labels: ['milestone'], assignee: user(USERS.alice, 'Alice Admin'), priority: PRIORITY.high, customfield_10016: 13 },
    }),
    issue({
      id: '20002',
      key: 'PMO-2',
      summary: 'Define governance template',
      type: 'story',
      status: 'done',
      created: '2026-09-05T10:00:00.000+0000',
      updated: '2026-10-20T16:00:00.000+0000',
      fields: {
        duedate: '2026-10-15',
        labels: ['template'],
        assignee: user(USERS.carol, 'Carol Casual'),
        resolution: RESOLVED,
        resolutiondate: '2026-10-20T16:00:00.000+0000',
        customfield_10016: 5,
        parent: ref('20001', 'PMO-1'),
      },
      histories: [
        {
          id: '10501',
          author: user(USERS.carol, 'Carol Casual'),
          created: '2026-09-20T10:00:00.000+0000',
          items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' }],
        },
        {
          id: '10502',
          author: user(USERS.carol, 'Carol Casual'),
          created: '2026-10-20T16:00:00.000+0000',
          items: [
            { field: 'status', fieldtype: 'jira', fieldId: 'status', from: '3', fromString: 'In Progress', to: '10001', toString: 'Done' },
            { field: 'Story Points', fieldtype: 'custom', fieldId: 'customfield_10016', from: null, fromString: '3', to: null, toString: '5' },
          ],
        },
      ],
    }),
    issue({
      id: '20003',
      key: 'PMO-3',
      summary: 'Vendor delay risk',
      type: 'risk',
      status: 'todo',
      created: '2026-10-01T08:00:00.000+0000',
      updated: '2026-11-03T09:00:00.000+0000',
      fields: {
        labels: ['raid-risk'],
        priority: PRIORITY.high,
        parent: ref('20001', 'PMO-1'),
        customfield_10030: { id: '10301', value: 'High' },
        issuelinks: [
          { id: '30001', type: BLOCKS, inwardIssue: ref('20006', 'ENG-1') },
          { id: '30002', type: BLOCKS, inwardIssue: ref('20011', 'SEC-1') },
        ],
      },
    }),
    issue({
      id: '20004',
      key: 'PMO-4',
      summary: 'Quarterly steering review',
      type: 'task',
      status: 'progress',
      created: '2026-11-09T15:00:00.000+0000',
      updated: '2026-11-10T08:00:00.000+0000',
      fields: {
        duedate: '2026-11-05',
        assignee: user(USERS.bob, 'Bob Builder'),
        priority: PRIORITY.low,
        customfield_10016: 3,
        customfield_10015: '2026-11-01',
        subtasks: [ref('20005', 'PMO-5')],
        comment: { comments: [], total: 0 },
      },
      histories: manyHistories(45),
    }),
    issue({
      id: '20005',
      key: 'PMO-5',
      summary: 'Prepare steering deck',
      type: 'subtask',
      status: 'todo',
      created: '2026-11-10T09:00:00.000+0000',
      fields: { parent: ref('20004', 'PMO-4') },
    }),
    issue({
      id: '20006',
      key: 'ENG-1',
      summary: 'Build API adapter',
      type: 'story',
      status: 'progress',
      created: '2026-09-10T09:00:00.000+0000',
      updated: '2026-11-08T09:00:00.000+0000',
      fields: {
        duedate: '2026-11-30',
        labels: ['backend', 'raid-dependency'],
        assignee: user(USERS.bob, 'Bob Builder'),
        priority: PRIORITY.high,
        customfield_10016: 8,
        issuelinks: [
          { id: '30001', type: BLOCKS, outwardIssue: ref('20003', 'PMO-3') },
          { id: '30003', type: RELATES, outwardIssue: ref('20007', 'ENG-2') },
        ],
      },
      histories: [
        {
          id: '10601',
          author: user(USERS.bob, 'Bob Builder'),
          created: '2026-09-12T09:00:00.000+0000',
          items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', fromString: 'To Do', to: '3', toString: 'In Progress' }],
        },
        {
          id: '10602',
          author: user(USERS.bob, 'Bob Builder'),
          created: '2026-10-01T09:00:00.000+0000',
          items: [
            { field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from: '2026-11-15', fromString: '2026-11-15', to: '2026-11-30', toString: '2026-11-30' },
          ],
        },
        {
          id: '10603',
          author: user(USERS.bob, 'Bob Builder'),
          created: '2026-11-08T09:00:00.000+0000',
          items: [{ field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: 'backend', to: null, toString: 'backend raid-dependency' }],
        },
      ],
    }),
    issue({
      id: '20007',
      key: 'ENG-2',
      summary: 'Fix flaky export',
      type: 'bug',
      status: 'done',
      created: '2026-10-15T09:00:00.000+0000',
      updated: '2026-11-01T12:00:00.000+0000',
      fields: {
        labels: ['backend'],
        assignee: user(USERS.bob, 'Bob Builder'),
        resolution: RESOLVED,
        resolutiondate: '2026-11-01T12:00:00.000+0000',
        customfield_10016: 2,
        issuelinks: [{ id: '30003', type: RELATES, inwardIssue: ref('20006', 'ENG-1') }],
      },
    }),
    issue({
      id: '20008',
      key: 'ENG-3',
      summary: 'Write the runbook',
      type: 'task',
      status: 'todo',
      created: '2026-10-20T09:00:00.000+0000',
      fields: { priority: PRIORITY.low },
    }),
    issue({
      id: '20009',
      key: 'OPS-1',
      summary: 'Rotate certificates',
      type: 'task',
      status: 'todo',
      created: '2026-10-05T09:00:00.000+0000',
      fields: { duedate: '2026-11-12', labels: ['ops'], assignee: user(USERS.carol, 'Carol Casual'), customfield_10040: 1500 },
    }),
    issue({
      id: '20010',
      key: 'OPS-2',
      summary: 'Datacenter power risk',
      type: 'risk',
      status: 'progress',
      created: '2026-10-25T09:00:00.000+0000',
      fields: { labels: ['raid-risk'], customfield_10030: { id: '10302', value: 'Low' } },
    }),
    issue({
      id: '20011',
      key: 'SEC-1',
      summary: 'Penetration test',
      type: 'story',
      status: 'progress',
      created: '2026-10-02T09:00:00.000+0000',
      fields: { issuelinks: [{ id: '30002', type: BLOCKS, outwardIssue: ref('20003', 'PMO-3') }] },
    }),
  ];
}

/** Extra ENG issues ("Bulk issue N"), created a minute apart, for paging tests. */
function bulkIssues(count: number): SiteFileInput['issues'] {
  return Array.from({ length: count }, (_, i) =>
    issue({
      id: String(40001 + i),
      key: `ENG-${100 + i}`,
      summary: `Bulk issue ${i}`,
      type: 'task',
      status: 'todo',
      created: new Date(Date.UTC(2026, 7, 1, 0, i)).toISOString().replace('Z', '+0000'),
      fields: { labels: ['bulk'] },
    }),
  );
}

/** The small site; `bulkIssues` adds that many extra ENG issues labelled "bulk". */
export function buildSmallSite(options: { bulkIssues?: number } = {}): SiteFile {
  const input: SiteFileInput = {
    name: 'Small test site',
    baseUrl: 'https://small.example.net',
    users: [
      { accountId: USERS.alice, displayName: 'Alice Admin', emailAddress: 'alice@example.com', groups: ['jira-administrators', 'jira-users'] },
      { accountId: USERS.bob, displayName: 'Bob Builder', emailAddress: 'bob@example.com', groups: ['jira-users'] },
      { accountId: USERS.carol, displayName: 'Carol Casual', emailAddress: 'carol@example.com', groups: ['jira-users'] },
      { accountId: USERS.dana, displayName: 'Dana Nobody', emailAddress: 'dana@example.com', groups: [] },
    ],
    projects: [
      {
        ...PROJECTS.PMO,
        projectCategory: { id: '10100', name: 'Alpha Program', description: 'The alpha programme' },
        lead: user(USERS.alice, 'Alice Admin'),
        description: 'Portfolio office',
      },
      { ...PROJECTS.ENG, projectCategory: { id: '10100', name: 'Alpha Program', description: 'The alpha programme' }, lead: user(USERS.bob, 'Bob Builder') },
      { ...PROJECTS.OPS, projectTypeKey: 'business', projectCategory: { id: '10101', name: 'Beta Program' } },
      { ...PROJECTS.SEC },
    ],
    fields: [
      { id: 'summary', name: 'Summary', custom: false, navigable: true, schema: { type: 'string', system: 'summary' } },
      { id: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' } },
      { id: 'duedate', name: 'Due date', custom: false, schema: { type: 'date', system: 'duedate' } },
      { id: 'comment', name: 'Comment', custom: false, navigable: false, schema: { type: 'comments-page', system: 'comment' } },
      {
        id: 'customfield_10015',
        name: 'Start date',
        custom: true,
        schema: { type: 'date', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker', customId: 10015 },
      },
      {
        id: 'customfield_10016',
        name: 'Story Points',
        custom: true,
        schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10016 },
      },
      {
        id: 'customfield_10030',
        name: 'Probability',
        custom: true,
        schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select', customId: 10030 },
      },
      {
        id: 'customfield_10040',
        name: 'Budget',
        custom: true,
        schema: { type: 'number', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:float', customId: 10040 },
      },
    ],
    issueLinkTypes: [BLOCKS, RELATES],
    statuses: [...Object.values(STATUS), { id: '10002', name: 'Blocked', statusCategory: { key: 'indeterminate' } }],
    issues: [...baseIssues(), ...bulkIssues(options.bulkIssues ?? 0)],
    permissions: {
      [USERS.alice]: ['PMO', 'ENG', 'OPS'],
      [USERS.bob]: ['ENG'],
      [USERS.carol]: ['PMO', 'OPS'],
    },
  };
  return parseSiteFile(input, 'small test site');
}

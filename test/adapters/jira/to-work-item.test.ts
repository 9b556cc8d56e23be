import { jiraIssueSchema } from '../../../src/adapters/jira/jira-issue-schema';
import { toWorkItem } from '../../../src/adapters/jira/to-work-item';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import type { FieldMapping } from '../../../src/ports/field-mapping';

const mapping: FieldMapping = {
  storyPoints: 'customfield_10026',
  storyPointEstimate: 'customfield_10016',
  startDate: 'customfield_10015',
  budget: 'customfield_10050',
  actualCost: 'customfield_10051',
  probability: 'customfield_10052',
  impact: 'customfield_10053',
  mitigation: 'customfield_10054',
  program: 'customfield_10055',
  flagged: 'customfield_10021',
  businessValue: 'customfield_10070',
  timeCriticality: 'customfield_10071',
  riskReduction: 'customfield_10072',
  jobSize: 'customfield_10073',
  estimatedCost: 'customfield_10074',
  expectedBenefit: 'customfield_10075',
  strategicTheme: 'customfield_10076',
};

/** An issue as POST /rest/api/3/search/jql returns it with the roll-up's fields, overridable per test. */
function jiraIssue(fields: Record<string, unknown> = {}, key = 'PMO-12'): unknown {
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: '10012',
    self: 'https://example.atlassian.net/rest/api/3/issue/10012',
    key,
    fields: {
      summary: 'Migrate the ledger',
      issuetype: { id: '10001', name: 'Story', subtask: false, hierarchyLevel: 0 },
      status: { id: '3', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' } },
      created: '2026-10-01T09:00:00.000+0000',
      updated: '2026-11-02T10:30:00.000+0000',
      resolutiondate: null,
      duedate: null,
      labels: [],
      assignee: null,
      priority: { id: '3', name: 'Medium' },
      issuelinks: [],
      timeoriginalestimate: null,
      ...fields,
    },
  };
}

function convert(raw: unknown): WorkItem | null {
  return toWorkItem(jiraIssueSchema.parse(raw), mapping);
}

const link = (typeName: string, inward: string, outward: string, direction: 'inwardIssue' | 'outwardIssue', key: string) => ({
  id: '1',
  type: { id: '1', name: typeName, inward, outward },
  [direction]: { id: '2', key, fields: { summary: 'other' } },
});

describe('toWorkItem', () => {
  it.each<[string, Record<string, unknown>, (item: WorkItem) => unknown, unknown]>([
    [
      'reads key, project, summary, type and status',
      {},
      (i) => [i.key, i.projectKey, i.summary, i.issueType, i.statusName, i.statusCategory],
      ['PMO-12', 'PMO', 'Migrate the ledger', 'Story', 'In Progress', 'indeterminate'],
    ],
    [
      'keeps Jira date-times as written',
      { resolutiondate: '2026-11-03T08:00:00.000+0000' },
      (i) => [i.created, i.updated, i.resolved],
      ['2026-10-01T09:00:00.000+0000', '2026-11-02T10:30:00.000+0000', '2026-11-03T08:00:00.000+0000'],
    ],
    [
      'reads the due date and the mapped start date as plain dates',
      { duedate: '2026-12-01', customfield_10015: '2026-11-01' },
      (i) => [i.due, i.start],
      ['2026-12-01', '2026-11-01'],
    ],
    [
      'reads a select option "3 - Possible" as probability 3',
      { customfield_10052: { self: 'x', value: '3 - Possible', id: '10102' } },
      (i) => i.raid.probability,
      3,
    ],
    ['reads a numeric impact as that number', { customfield_10053: 4 }, (i) => i.raid.impact, 4],
    [
      'reads a flagged issue (Flagged holds "Impediment") as flagged',
      { customfield_10021: [{ self: 'x', value: 'Impediment', id: '10019' }] },
      (i) => i.flagged,
      true,
    ],
    ['reads an issue whose Flagged is empty or absent as not flagged', { customfield_10021: null }, (i) => i.flagged, false],
    ['reads an emptied Flagged list as not flagged', { customfield_10021: [] }, (i) => i.flagged, false],
    ['leaves an out-of-range rating absent', { customfield_10053: { value: '7 - Off the scale' } }, (i) => i.raid.impact, null],
    ['reads story points from "Story Points"', { customfield_10026: 5 }, (i) => i.estimate.storyPoints, 5],
    [
      'reads story points from "Story point estimate" when "Story Points" is empty',
      { customfield_10026: null, customfield_10016: 8 },
      (i) => i.estimate.storyPoints,
      8,
    ],
    ['reads the original estimate in seconds', { timeoriginalestimate: 28800 }, (i) => i.estimate.originalEstimateSeconds, 28800],
    [
      'reads budget and actual cost as numbers',
      { customfield_10050: 120000, customfield_10051: '45000.5' },
      (i) => i.cost,
      { budget: 120000, actualCost: 45000.5 },
    ],
    ['reads a plain-string mitigation', { customfield_10054: 'Hire a contractor' }, (i) => i.raid.mitigation, 'Hire a contractor'],
    [
      'reads a rich-text mitigation as plain text',
      {
        customfield_10054: {
          type: 'doc',
          version: 1,
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Second ' },
                { type: 'text', text: 'supplier' },
              ],
            },
          ],
        },
      },
      (i) => i.raid.mitigation,
      'Second supplier',
    ],
    [
      'reads parent, labels, assignee and priority',
      { parent: { id: '1', key: 'PMO-1' }, labels: ['raid-risk', 'gate'], assignee: { accountId: '5b10ac8d82e05b22cc7d4ef5' }, priority: { name: 'High' } },
      (i) => [i.parentKey, i.labels, i.assigneeId, i.priority],
      ['PMO-1', ['raid-risk', 'gate'], '5b10ac8d82e05b22cc7d4ef5', 'High'],
    ],
    ['leaves a malformed parent key out', { parent: { key: 'not a key' } }, (i) => i.parentKey, null],
    ['counts an unknown status category as not started', { status: { name: 'Triage', statusCategory: { key: 'undefined' } } }, (i) => i.statusCategory, 'new'],
    ['derives a sub-task hierarchy level when Jira omits it', { issuetype: { name: 'Sub-task', subtask: true } }, (i) => i.hierarchyLevel, -1],
    ['leaves an unmapped custom field absent', { customfield_99999: 3 }, (i) => i.raid.probability, null],
    ['falls back to absent for a value of the wrong shape', { duedate: 20261201, labels: 'one' }, (i) => [i.due, i.labels], [null, []]],
    [
      'reads intake criteria as numbers, a select of "8" as 8, and the strategic theme as text',
      {
        customfield_10070: 8,
        customfield_10071: { self: 'x', value: '5', id: '1' },
        customfield_10072: 0,
        customfield_10073: '2',
        customfield_10074: 250000,
        customfield_10075: 400000.5,
        customfield_10076: { self: 'x', value: ' Customer growth ', id: '2' },
      },
      (i) => i.criteria,
      {
        businessValue: 8,
        timeCriticality: 5,
        riskReduction: 0,
        jobSize: 2,
        estimatedCost: 250000,
        expectedBenefit: 400000.5,
        strategicTheme: 'Customer growth',
      },
    ],
    [
      'leaves out a criterion whose value does not read, never taking it as 0',
      { customfield_10070: 'high', customfield_10073: null, customfield_10071: 3, customfield_10076: '  ' },
      (i) => i.criteria,
      { timeCriticality: 3 },
    ],
    [
      'reads the Program select as the program a proposal would land in, its option value trimmed',
      { customfield_10055: { self: 'x', value: ' Core Platforms ', id: '3' } },
      (i) => i.criteria,
      { program: 'Core Platforms' },
    ],
    ['leaves a blank Program out', { customfield_10055: { self: 'x', value: ' ', id: '3' } }, (i) => 'criteria' in i, false],
    ['gives an issue without criteria no criteria at all', {}, (i) => 'criteria' in i, false],
  ])('%s', (_name, fields, read, expected) => {
    const item = convert(jiraIssue(fields));
    expect(item).not.toBeNull();
    expect(read(item!)).toEqual(expected);
  });

  it.each([
    [
      'an outward "blocks" link as blocks',
      link('Blocks', 'is blocked by', 'blocks', 'outwardIssue', 'OPS-7'),
      { type: 'blocks', otherKey: 'OPS-7', otherProjectKey: 'OPS' },
    ],
    [
      'an inward "is blocked by" link as is-blocked-by',
      link('Blocks', 'is blocked by', 'blocks', 'inwardIssue', 'OPS-8'),
      { type: 'is-blocked-by', otherKey: 'OPS-8', otherProjectKey: 'OPS' },
    ],
    [
      'a "relates to" link as relates',
      link('Relates', 'relates to', 'relates to', 'inwardIssue', 'PMO-3'),
      { type: 'relates', otherKey: 'PMO-3', otherProjectKey: 'PMO' },
    ],
    [
      'an outward "depends on" link as depends-on',
      link('Dependency', 'is depended on by', 'depends on', 'outwardIssue', 'FIN-2'),
      { type: 'depends-on', otherKey: 'FIN-2', otherProjectKey: 'FIN' },
    ],
    [
      'an inward "is depended on by" link as other (the dependency points the other way)',
      link('Dependency', 'is depended on by', 'depends on', 'inwardIssue', 'FIN-3'),
      { type: 'other', otherKey: 'FIN-3', otherProjectKey: 'FIN' },
    ],
    [
      'a "duplicates" link as other',
      link('Duplicate', 'is duplicated by', 'duplicates', 'outwardIssue', 'PMO-4'),
      { type: 'other', otherKey: 'PMO-4', otherProjectKey: 'PMO' },
    ],
  ])('types %s', (_name, jiraLink, expected) => {
    expect(convert(jiraIssue({ issuelinks: [jiraLink] }))?.links).toEqual([expected]);
  });

  it('skips a link whose other issue key does not parse, keeping the others', () => {
    const links = [link('Blocks', 'is blocked by', 'blocks', 'outwardIssue', 'bad key'), link('Blocks', 'is blocked by', 'blocks', 'outwardIssue', 'OPS-9')];
    expect(convert(jiraIssue({ issuelinks: links }))?.links.map((l) => l.otherKey)).toEqual(['OPS-9']);
  });

  it('answers null for an issue whose own key is not a Jira key', () => {
    expect(convert(jiraIssue({}, 'pmo-12'))).toBeNull();
  });

  it('refuses (in the schema) an issue without its status', () => {
    const raw = jiraIssue({ status: undefined });
    expect(jiraIssueSchema.safeParse(raw).success).toBe(false);
  });
});

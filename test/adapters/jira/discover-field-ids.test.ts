import { discoverFieldIds } from '../../../src/adapters/jira/discover-field-ids';
import type { JiraField } from '../../../src/adapters/jira/get-fields';
import type { FieldRole } from '../../../src/ports/field-mapping';

const custom = (id: string, name: string, type: string): JiraField => ({ id, name, custom: true, schema: { type, custom: 'x' } });

const cloudSite: JiraField[] = [
  { id: 'summary', name: 'Summary', custom: false, schema: { type: 'string' } },
  { id: 'duedate', name: 'Due date', custom: false, schema: { type: 'date' } },
  custom('customfield_10026', 'Story Points', 'number'),
  custom('customfield_10016', 'Story point estimate', 'number'),
  custom('customfield_10015', 'Start date', 'date'),
  custom('customfield_10050', 'Budget', 'number'),
  custom('customfield_10051', 'Actual Cost', 'number'),
  custom('customfield_10052', 'Probability', 'option'),
  custom('customfield_10053', 'Impact', 'option'),
  custom('customfield_10054', 'Mitigation', 'string'),
  custom('customfield_10055', 'Program', 'option'),
  custom('customfield_10021', 'Flagged', 'array'),
  custom('customfield_10070', 'Business Value', 'number'),
  custom('customfield_10071', 'Time Criticality', 'option'),
  custom('customfield_10072', 'Risk Reduction / Opportunity Enablement', 'number'),
  custom('customfield_10073', 'Job Size', 'number'),
  custom('customfield_10074', 'Estimated Cost', 'number'),
  custom('customfield_10075', 'Expected Benefit', 'number'),
  custom('customfield_10076', 'Strategic Theme', 'option'),
];

describe('discoverFieldIds', () => {
  it.each<[FieldRole, string]>([
    ['storyPoints', 'customfield_10026'],
    ['storyPointEstimate', 'customfield_10016'],
    ['startDate', 'customfield_10015'],
    ['budget', 'customfield_10050'],
    ['actualCost', 'customfield_10051'],
    ['probability', 'customfield_10052'],
    ['impact', 'customfield_10053'],
    ['mitigation', 'customfield_10054'],
    ['program', 'customfield_10055'],
    ['flagged', 'customfield_10021'],
    ['businessValue', 'customfield_10070'],
    ['timeCriticality', 'customfield_10071'],
    ['riskReduction', 'customfield_10072'],
    ['jobSize', 'customfield_10073'],
    ['estimatedCost', 'customfield_10074'],
    ['expectedBenefit', 'customfield_10075'],
    ['strategicTheme', 'customfield_10076'],
  ])('finds the %s field by its name', (role, id) => {
    expect(discoverFieldIds(cloudSite)[role]).toBe(id);
  });

  it('answers null for every role on a site without the custom fields', () => {
    const mapping = discoverFieldIds(cloudSite.filter((f) => f.custom === false));
    expect(Object.values(mapping)).toEqual(Array.from({ length: 17 }, () => null));
  });

  it('answers null for just the missing role, finding the others', () => {
    const mapping = discoverFieldIds(cloudSite.filter((f) => f.name !== 'Budget'));
    expect([mapping.budget, mapping.actualCost]).toEqual([null, 'customfield_10051']);
  });

  it.each([
    ['ignores case and surrounding spaces in names', [custom('customfield_2', '  actual cost ', 'number')], 'actualCost', 'customfield_2'],
    ['ignores a same-named field whose type cannot hold the value', [custom('customfield_3', 'Budget', 'user')], 'budget', null],
    [
      'prefers the oldest of two same-named fields',
      [custom('customfield_20010', 'Impact', 'option'), custom('customfield_10099', 'Impact', 'option')],
      'impact',
      'customfield_10099',
    ],
    ['ignores a "Flagged" field that is not a list (Jira\'s own is checkboxes)', [custom('customfield_5', 'Flagged', 'string')], 'flagged', null],
    ['finds risk reduction under its short name "Risk Reduction"', [custom('customfield_6', 'Risk Reduction', 'number')], 'riskReduction', 'customfield_6'],
    [
      'prefers "Risk Reduction / Opportunity Enablement" over "Risk Reduction", whatever their ids',
      [custom('customfield_7', 'Risk Reduction', 'number'), custom('customfield_8', 'Risk Reduction / Opportunity Enablement', 'number')],
      'riskReduction',
      'customfield_8',
    ],
    ['ignores a "Job Size" field that cannot hold a number', [custom('customfield_9', 'Job Size', 'user')], 'jobSize', null],
    ['reads fields whose schema Jira leaves out', [{ id: 'customfield_4', name: 'Mitigation', custom: true }], 'mitigation', 'customfield_4'],
  ] as [string, JiraField[], FieldRole, string | null][])('%s', (_name, fields, role, expected) => {
    expect(discoverFieldIds(fields)[role]).toBe(expected);
  });
});

import type { SiteField } from '../site/site-file-schema';
import { demoFieldIds } from './demo-field-ids';

const system = (id: string, name: string, clauseNames: string[], schema: SiteField['schema'] | null, orderable = true): SiteField => ({
  id,
  key: id,
  name,
  custom: false,
  orderable,
  navigable: true,
  searchable: true,
  clauseNames,
  ...(schema ? { schema } : {}),
});

const custom = (id: string, name: string, type: string, customType: string, clauseSuffix: string | null): SiteField => {
  const customId = Number(id.replace('customfield_', ''));
  return {
    id,
    key: id,
    name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name, ...(clauseSuffix ? [`${name}[${clauseSuffix}]`] : [])],
    schema: { type, custom: customType, customId },
  };
};

const cft = 'com.atlassian.jira.plugin.system.customfieldtypes';

/**
 * The field catalogue as GET /rest/api/3/field lists it: the system fields the demo issues carry and the custom
 * fields the app discovers by name (design section 5).
 */
export const demoFields: readonly SiteField[] = [
  system('summary', 'Summary', ['summary'], { type: 'string', system: 'summary' }),
  system('description', 'Description', ['description'], { type: 'string', system: 'description' }),
  system('issuetype', 'Issue Type', ['issuetype', 'type'], { type: 'issuetype', system: 'issuetype' }),
  system('project', 'Project', ['project'], { type: 'project', system: 'project' }),
  system('status', 'Status', ['status'], { type: 'status', system: 'status' }, false),
  system('statusCategory', 'Status Category', ['statusCategory'], null, false),
  system('statuscategorychangedate', 'Status Category Changed', ['statusCategoryChangedDate'], { type: 'datetime', system: 'statuscategorychangedate' }, false),
  system('priority', 'Priority', ['priority'], { type: 'priority', system: 'priority' }),
  system('assignee', 'Assignee', ['assignee'], { type: 'user', system: 'assignee' }),
  system('reporter', 'Reporter', ['reporter'], { type: 'user', system: 'reporter' }),
  system('creator', 'Creator', ['creator'], { type: 'user', system: 'creator' }, false),
  system('labels', 'Labels', ['labels'], { type: 'array', items: 'string', system: 'labels' }),
  system('duedate', 'Due date', ['due', 'duedate'], { type: 'date', system: 'duedate' }),
  system('created', 'Created', ['created', 'createdDate'], { type: 'datetime', system: 'created' }, false),
  system('updated', 'Updated', ['updated', 'updatedDate'], { type: 'datetime', system: 'updated' }, false),
  system('resolutiondate', 'Resolved', ['resolutiondate', 'resolved'], { type: 'datetime', system: 'resolutiondate' }, false),
  system('resolution', 'Resolution', ['resolution'], { type: 'resolution', system: 'resolution' }),
  system('parent', 'Parent', ['parent'], null),
  system('subtasks', 'Sub-tasks', ['subtasks'], { type: 'array', items: 'issuelinks', system: 'subtasks' }, false),
  system('issuelinks', 'Linked Issues', ['issueLink'], { type: 'array', items: 'issuelinks', system: 'issuelinks' }),
  system('timeoriginalestimate', 'Original estimate', ['originalEstimate', 'timeoriginalestimate'], { type: 'number', system: 'timeoriginalestimate' }, false),
  system('timeestimate', 'Remaining Estimate', ['remainingEstimate', 'timeestimate'], { type: 'number', system: 'timeestimate' }, false),
  system('timetracking', 'Time tracking', [], { type: 'timetracking', system: 'timetracking' }),
  custom(demoFieldIds.startDate, 'Start date', 'date', `${cft}:datepicker`, 'Date'),
  custom(demoFieldIds.storyPoints, 'Story point estimate', 'number', 'com.pyxis.greenhopper.jira:jsw-story-points', null),
  custom(demoFieldIds.budget, 'Budget', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.actualCost, 'Actual Cost', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.probability, 'Probability', 'option', `${cft}:select`, 'Dropdown'),
  custom(demoFieldIds.impact, 'Impact', 'option', `${cft}:select`, 'Dropdown'),
  custom(demoFieldIds.mitigation, 'Mitigation', 'string', `${cft}:textfield`, 'Short text'),
  custom(demoFieldIds.program, 'Program', 'option', `${cft}:select`, 'Dropdown'),
  custom(demoFieldIds.impactDays, 'Impact Days', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.costImpact, 'Cost Impact', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.scopeImpact, 'Scope Impact', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.businessValue, 'Business Value', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.timeCriticality, 'Time Criticality', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.riskReduction, 'Risk Reduction / Opportunity Enablement', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.jobSize, 'Job Size', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.estimatedCost, 'Estimated Cost', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.expectedBenefit, 'Expected Benefit', 'number', `${cft}:float`, 'Number'),
  custom(demoFieldIds.strategicTheme, 'Strategic Theme', 'option', `${cft}:select`, 'Dropdown'),
  {
    ...custom(demoFieldIds.flagged, 'Flagged', 'array', `${cft}:multicheckboxes`, 'Checkboxes'),
    schema: { type: 'array', items: 'option', custom: `${cft}:multicheckboxes`, customId: 10021 },
  },
];

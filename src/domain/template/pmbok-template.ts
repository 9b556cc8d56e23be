import { starterPolicies } from './starter-policies';
import type { Template } from './template';

/** PMBOK / waterfall: phases with gate reviews, estimated and dated work, and a risk register kept current. */
export const pmbokTemplate: Template = {
  id: 'pmbok',
  name: 'PMBOK / waterfall',
  description: 'Phases ended by gate reviews; requirements done before build, build done before test.',
  version: 1,
  methodology: 'pmbok',
  phases: [
    { name: 'Requirements', label: 'phase-requirements', start: null, gate: 'Requirements signed off' },
    { name: 'Design', label: 'phase-design', start: null, gate: 'Design approved' },
    { name: 'Build', label: 'phase-build', start: null, gate: 'Build complete' },
    { name: 'Test', label: 'phase-test', start: null, gate: 'Ready for release' },
  ],
  rules: [
    { id: 'requirements-before-design', kind: 'gate-criteria', title: 'Requirements done before design', severity: 'critical', fix: 'Finish or formally defer the open requirements before design starts.', phase: 'Design', required: { issueTypes: [], statusCategories: [], labels: ['phase-requirements'] } },
    { id: 'design-before-build', kind: 'gate-criteria', title: 'Design done before build', severity: 'critical', fix: 'Close the design items before build starts.', phase: 'Build', required: { issueTypes: [], statusCategories: [], labels: ['phase-design'] } },
    { id: 'estimated', kind: 'field-required', title: 'Work is estimated before it starts', severity: 'major', fix: 'Add story points or an original estimate.', field: 'estimate', scope: { issueTypes: ['Story', 'Task'], statusCategories: ['indeterminate'] } },
    { id: 'dated', kind: 'due-date-required', title: 'Milestones and gates dated', severity: 'major', fix: 'Set the due date from the baseline schedule.', scope: { issueTypes: ['Milestone', 'Gate'], statusCategories: [] } },
    { id: 'on-time', kind: 'not-overdue', title: 'Milestones and gates on time', severity: 'critical', fix: 'Complete the item or re-baseline through change control.', scope: { issueTypes: ['Milestone', 'Gate'], statusCategories: [] } },
    { id: 'owner', kind: 'owner-required', title: 'Work in progress has an owner', severity: 'major', fix: 'Assign the issue.', scope: { issueTypes: [], statusCategories: ['indeterminate'] } },
    { id: 'risk-mitigated', kind: 'mitigation-required', title: 'High risks have a response plan', severity: 'critical', fix: 'Record the response plan in the Mitigation field.', minScore: 10 },
    { id: 'raid-reviewed', kind: 'raid-review', title: 'Risk register reviewed monthly', severity: 'minor', fix: 'Review and update the entry.', maxDays: 30, raidKinds: [] },
  ],
  ...starterPolicies,
};

import { starterPolicies } from './starter-policies';
import type { Template } from './template';

/** PRINCE2: management stages with end-stage assessments, tolerances on time, and exceptions raised on a forecast breach. */
export const prince2Template: Template = {
  id: 'prince2',
  name: 'PRINCE2',
  description: 'Management stages ended by stage boundaries; a milestone forecast beyond tolerance is an exception to raise.',
  version: 1,
  methodology: 'prince2',
  phases: [
    { name: 'Initiation', label: 'stage-initiation', start: null, gate: 'Project Initiation Documentation approved' },
    { name: 'Delivery', label: 'stage-delivery', start: null, gate: 'End stage report approved' },
    { name: 'Closing', label: 'stage-closing', start: null, gate: 'End project report and lessons log' },
  ],
  rules: [
    {
      id: 'pid-before-delivery',
      kind: 'gate-criteria',
      title: 'Initiation products done before delivery',
      severity: 'critical',
      fix: 'Complete and approve the initiation products (labelled stage-initiation) before delivery work starts.',
      phase: 'Delivery',
      required: { issueTypes: [], statusCategories: [], labels: ['stage-initiation'] },
    },
    {
      id: 'work-package-owner',
      kind: 'owner-required',
      title: 'Every work package has an owner',
      severity: 'major',
      fix: 'Assign the work package to a team manager.',
      scope: { issueTypes: [], statusCategories: ['indeterminate', 'new'] },
    },
    {
      id: 'milestone-dated',
      kind: 'due-date-required',
      title: 'Stage milestones dated',
      severity: 'major',
      fix: "Set the milestone's due date from the stage plan.",
      scope: { issueTypes: ['Milestone', 'Gate'], statusCategories: [] },
    },
    {
      id: 'time-tolerance',
      kind: 'not-overdue',
      title: 'Milestones within time tolerance (exception otherwise)',
      severity: 'critical',
      fix: 'Raise an exception report to the project board and re-plan.',
      scope: { issueTypes: ['Milestone', 'Gate'], statusCategories: [] },
    },
    {
      id: 'risk-mitigated',
      kind: 'mitigation-required',
      title: 'Risks above tolerance have a response',
      severity: 'critical',
      fix: 'Record the risk response in the Mitigation field.',
      minScore: 10,
    },
    {
      id: 'raid-reviewed',
      kind: 'raid-review',
      title: 'Risk and issue registers reviewed every 2 weeks',
      severity: 'major',
      fix: 'Review the entry at the checkpoint and update it.',
      maxDays: 14,
      raidKinds: ['risk', 'issue'],
    },
    {
      id: 'has-business-case',
      kind: 'project-count',
      title: 'One business case per project',
      severity: 'major',
      fix: 'Create the business case issue (label business-case).',
      selector: { issueTypes: [], statusCategories: [], labels: ['business-case'] },
      min: 1,
      max: 1,
    },
  ],
  ...starterPolicies,
};

import { starterPolicies } from './starter-policies';
import type { Template } from './template';

const everyItem = { issueTypes: [], statusCategories: [] };

/**
 * The template a project follows until an admin assigns one: light rules any Jira project can meet (owners on work
 * in progress, milestones dated and on time, high risks mitigated, RAID items reviewed monthly).
 */
export const defaultTemplate: Template = {
  id: 'default',
  name: 'Default governance',
  description: 'Light rules for projects without an assigned template.',
  version: 1,
  methodology: 'custom',
  phases: [],
  rules: [
    {
      id: 'owner-in-progress',
      kind: 'owner-required',
      title: 'Work in progress has an owner',
      severity: 'major',
      fix: 'Assign the issue to the person doing the work.',
      scope: { issueTypes: [], statusCategories: ['indeterminate'] },
    },
    {
      id: 'milestone-dated',
      kind: 'due-date-required',
      title: 'Milestones have a due date',
      severity: 'major',
      fix: "Set the milestone's due date.",
      scope: { issueTypes: ['Milestone'], statusCategories: [] },
    },
    {
      id: 'milestone-on-time',
      kind: 'not-overdue',
      title: 'Milestones are not overdue',
      severity: 'critical',
      fix: 'Complete the milestone or re-plan its due date with the sponsor.',
      scope: { issueTypes: ['Milestone'], statusCategories: [] },
    },
    {
      id: 'risk-mitigated',
      kind: 'mitigation-required',
      title: 'High risks have a mitigation',
      severity: 'critical',
      fix: "Describe the mitigation in the risk's Mitigation field.",
      minScore: 10,
    },
    {
      id: 'raid-reviewed',
      kind: 'raid-review',
      title: 'RAID items reviewed monthly',
      severity: 'minor',
      fix: 'Review the item and update it (a comment or a field change).',
      maxDays: 30,
      raidKinds: [],
    },
    {
      id: 'no-stale-work',
      kind: 'no-stale-progress',
      title: 'Work in progress moves',
      severity: 'minor',
      fix: 'Update the issue, or move it back to To Do if nobody is on it.',
      maxDays: 30,
      scope: everyItem,
    },
  ],
  ...starterPolicies,
};

import { starterPolicies } from './starter-policies';
import type { Template } from './template';

/** Kanban-light: owned work that keeps flowing, and a cap on work in progress. */
export const kanbanTemplate: Template = {
  id: 'kanban',
  name: 'Kanban-light',
  description: 'Work in progress owned and flowing, and limited to 15 items.',
  version: 1,
  methodology: 'kanban',
  phases: [],
  rules: [
    {
      id: 'wip-owner',
      kind: 'owner-required',
      title: 'Work in progress has an owner',
      severity: 'major',
      fix: 'Assign the card to whoever pulls it.',
      scope: { issueTypes: [], statusCategories: ['indeterminate'] },
    },
    {
      id: 'flowing',
      kind: 'no-stale-progress',
      title: 'Cards do not sit for more than 10 days',
      severity: 'minor',
      fix: 'Swarm on the card or split it.',
      maxDays: 10,
      scope: { issueTypes: [], statusCategories: [] },
    },
    {
      id: 'wip-limit',
      kind: 'project-count',
      title: 'At most 15 cards in progress',
      severity: 'major',
      fix: 'Finish work before starting more.',
      selector: { issueTypes: [], statusCategories: ['indeterminate'], labels: [] },
      min: null,
      max: 15,
    },
  ],
  ...starterPolicies,
};

import { starterPolicies } from './starter-policies';
import type { Template } from './template';

/** Scrum: estimated, owned stories under an epic, no story idle in a sprint, impediments logged and reviewed. */
export const scrumTemplate: Template = {
  id: 'scrum',
  name: 'Scrum',
  description: 'Stories estimated and owned while in a sprint, linked to an epic; impediments reviewed weekly.',
  version: 1,
  methodology: 'scrum',
  phases: [],
  rules: [
    {
      id: 'story-estimated',
      kind: 'field-required',
      title: 'Stories in progress are estimated',
      severity: 'major',
      fix: 'Estimate the story in story points at refinement.',
      field: 'estimate',
      scope: { issueTypes: ['Story'], statusCategories: ['indeterminate', 'done'] },
    },
    {
      id: 'story-owner',
      kind: 'owner-required',
      title: 'Stories in progress have an owner',
      severity: 'major',
      fix: 'Assign the story to the developer working on it.',
      scope: { issueTypes: ['Story', 'Bug', 'Task'], statusCategories: ['indeterminate'] },
    },
    {
      id: 'story-in-epic',
      kind: 'link-required',
      title: 'Stories belong to an epic',
      severity: 'minor',
      fix: "Set the story's parent epic.",
      linkType: 'any',
      parentCounts: true,
      scope: { issueTypes: ['Story'], statusCategories: [] },
    },
    {
      id: 'no-idle-story',
      kind: 'no-stale-progress',
      title: 'No story idle for more than a sprint',
      severity: 'major',
      fix: 'Raise the impediment at the daily scrum, or move the story back to the backlog.',
      maxDays: 14,
      scope: { issueTypes: ['Story', 'Bug', 'Task'], statusCategories: [] },
    },
    {
      id: 'impediments-reviewed',
      kind: 'raid-review',
      title: 'Impediments reviewed weekly',
      severity: 'minor',
      fix: 'Review the impediment with the Scrum Master and update it.',
      maxDays: 7,
      raidKinds: ['issue'],
    },
  ],
  ...starterPolicies,
};

/** The work item fields a "field required" rule can ask for (custom fields by their role in the field mapping). */
export const requirableFields = [
  'assignee',
  'due',
  'start',
  'estimate',
  'priority',
  'labels',
  'parent',
  'mitigation',
  'probability',
  'impact',
  'budget',
  'actualCost',
] as const;

export type RequirableField = (typeof requirableFields)[number];

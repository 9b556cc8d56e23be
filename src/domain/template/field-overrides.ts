/** The roles of the custom fields the app reads (the same roles as the site's discovered field mapping). */
export const fieldRoles = [
  'storyPoints',
  'storyPointEstimate',
  'startDate',
  'budget',
  'actualCost',
  'probability',
  'impact',
  'mitigation',
  'program',
  'flagged',
  'businessValue',
  'timeCriticality',
  'riskReduction',
  'jobSize',
  'estimatedCost',
  'expectedBenefit',
  'strategicTheme',
] as const;

export type FieldOverrideRole = (typeof fieldRoles)[number];

/** Custom field ids by role that a template uses instead of the ones found by name on the site. */
export type FieldOverrides = Readonly<Partial<Record<FieldOverrideRole, string>>>;

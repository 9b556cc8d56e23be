/** Where a criterion's value for a proposal came from. */
export const criterionSources = ['jira', 'reviewer'] as const;

/** `jira` when read from a field of the proposal's issue, `reviewer` when a reviewer scored it in the app. */
export type CriterionSource = (typeof criterionSources)[number];

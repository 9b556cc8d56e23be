/** Where a change request's decision was read from. */
export const decisionSources = ['workflow', 'app'] as const;

/**
 * Where a decision came from: `workflow` when the template maps the change request's Jira status to it, `app` when an
 * allowed person recorded it in the app.
 */
export type DecisionSource = (typeof decisionSources)[number];

/** What a change request's decision can be, in the order a change control board reads them. */
export const changeOutcomes = ['approved', 'rejected', 'deferred', 'pending'] as const;

/**
 * A change request's decision: approved (it re-baselines what it names), rejected, deferred (decided not to decide
 * yet, which counts as a decision), or pending (still waiting for one).
 */
export type ChangeOutcome = (typeof changeOutcomes)[number];

/** The outcomes a decision records, in the order a change control board reads them. */
export const decidedOutcomes = ['approved', 'rejected', 'deferred'] as const;

/** What a change request's decision can be: a decided outcome, or pending while none is recorded. */
export const changeOutcomes = [...decidedOutcomes, 'pending'] as const;

/**
 * A change request's decision: approved (it re-baselines what it names), rejected, deferred (decided not to decide
 * yet, which counts as a decision), or pending (still waiting for one).
 */
export type ChangeOutcome = (typeof changeOutcomes)[number];

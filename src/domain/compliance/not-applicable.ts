import type { CheckOutcome } from './check-outcome';

/** The outcome of a check that does not apply to the item. */
export const notApplicable: CheckOutcome = { outcome: 'not-applicable' };

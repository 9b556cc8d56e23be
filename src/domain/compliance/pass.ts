import type { CheckOutcome } from './check-outcome';

/** The outcome of a check that passed. */
export const pass: CheckOutcome = { outcome: 'pass' };

import type { decidedOutcomes } from './change-outcome';

/** An outcome a decision can record: every outcome but `pending`, which is the absence of one. */
export type DecidedOutcome = (typeof decidedOutcomes)[number];

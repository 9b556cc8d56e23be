import type { QuarterAmounts } from './quarter-amounts';

/**
 * Demand per program and quarter, in each program's capacity unit: program name to quarter to amount. Built from
 * `spreadDemand` per program (its work) and `proposalDemand` (proposals under consideration).
 */
export type ProgramDemand = Readonly<Record<string, QuarterAmounts>>;

/** What earned value is computed from (PMBOK). Fractions are shares of the whole scope, 0..1. */
export interface EarnedValueInputs {
  /** Budget at completion. */
  readonly bac: number;
  /** Share of the work that should be complete by now. */
  readonly plannedFraction: number;
  /** Share of the work that is complete. */
  readonly actualFraction: number;
  /** Actual cost booked to date. */
  readonly actualCost: number;
}

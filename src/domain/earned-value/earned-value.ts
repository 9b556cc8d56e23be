/**
 * Earned value figures (PMBOK), in the budget's currency or as indices. Any figure whose formula would divide by
 * zero is null ("cannot be computed yet"), never Infinity or NaN.
 */
export interface EarnedValue {
  /** Budget at completion. */
  readonly bac: number;
  /** Planned value: BAC x planned fraction. */
  readonly pv: number;
  /** Earned value: BAC x actual fraction. */
  readonly ev: number;
  /** Actual cost. */
  readonly ac: number;
  /** Schedule variance: EV - PV (negative = behind). */
  readonly sv: number;
  /** Cost variance: EV - AC (negative = over budget). */
  readonly cv: number;
  /** Schedule performance index: EV / PV. */
  readonly spi: number | null;
  /** Cost performance index: EV / AC. */
  readonly cpi: number | null;
  /** Estimate at completion three ways. */
  readonly eac: {
    /** Current cost efficiency continues: BAC / CPI. */
    readonly typical: number | null;
    /** The overrun so far was a one-off, the rest goes to plan: AC + (BAC - EV). */
    readonly atypical: number;
    /** Both cost and schedule efficiency weigh on the rest: AC + (BAC - EV) / (CPI x SPI). */
    readonly combined: number | null;
  };
  /** Estimate to complete: typical EAC - AC. */
  readonly etc: number | null;
  /** Variance at completion: BAC - typical EAC. */
  readonly vac: number | null;
  /** To-complete performance index against BAC: (BAC - EV) / (BAC - AC). */
  readonly tcpi: number | null;
}

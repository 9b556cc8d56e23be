import type { QuarterAmounts } from './quarter-amounts';

/** A program's work spread over quarters (`spreadDemand`), with the count of active items it could not weigh. */
export interface DemandSpread {
  /** The remaining estimate per quarter, in the program's unit, fractions kept. Quarters in time order. */
  readonly byQuarter: QuarterAmounts;
  /** Active items with no usable estimate in the unit: not counted as zero demand, but shown as missing. */
  readonly unestimated: number;
}

import type { CellChange } from './cell-change';
import type { HeatMap } from './heat-map';
import type { ProgramDemand } from './program-demand';
import type { ProgramQuarter } from './program-quarter';

/** What ticking proposals into a scenario does to the heat map (`whatIf`). */
export interface WhatIfOutcome {
  /** The ids of the proposals the scenario added, in id order (a selected id no proposal has is not among them). */
  readonly selected: readonly string[];
  /** The heat map without the selected proposals, with the same rows and quarters as `after`. */
  readonly before: HeatMap;
  /** The heat map with them. */
  readonly after: HeatMap;
  /** The demand `after` was computed from: the base plus the selected proposals. */
  readonly demand: ProgramDemand;
  /** Every program-quarter whose colour changes or that goes over capacity, programs in name order then by quarter. */
  readonly changes: readonly CellChange[];
  /** Program-quarters the selection adds demand to that have no capacity set, so cannot be checked. */
  readonly withoutCapacity: readonly ProgramQuarter[];
}

import type { HeatMapCell } from './heat-map-cell';
import type { Quarter } from './quarter';

/** A quarter a proposal would leave over its program's capacity. */
export interface OverloadedQuarter {
  readonly quarter: Quarter;
  /** The quarter without the proposal, as the heat map has it. */
  readonly before: HeatMapCell;
  /** The quarter with the proposal's demand added. */
  readonly after: HeatMapCell;
  /** Whether the quarter was over capacity already: the proposal adds to an overload rather than causing one. */
  readonly alreadyOver: boolean;
}

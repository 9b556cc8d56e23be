import type { CapacityUnit } from './capacity-unit';
import type { HeatMapCell } from './heat-map-cell';
import type { Quarter } from './quarter';

/** A program-quarter a scenario changes the colour of, or pushes over its capacity. */
export interface CellChange {
  readonly program: string;
  readonly quarter: Quarter;
  readonly unit: CapacityUnit | null;
  readonly before: HeatMapCell;
  readonly after: HeatMapCell;
  /** Whether the scenario takes demand over capacity here (it was not over before). */
  readonly goesOverCapacity: boolean;
  /** E.g. "pushes DIGITAL 2027-Q2 from amber 0.92 to red 1.08"; figures rounded for reading only. */
  readonly description: string;
}

import type { CapacityUnit } from './capacity-unit';
import type { HeatMapCell } from './heat-map-cell';

/** One program's row of the heat map: a cell for each of the map's quarters, in the same order. */
export interface HeatMapRow {
  readonly program: string;
  /** The unit the program plans in, or null when it has demand but no capacity set at all. */
  readonly unit: CapacityUnit | null;
  readonly cells: readonly HeatMapCell[];
}

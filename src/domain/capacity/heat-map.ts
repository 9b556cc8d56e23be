import type { CapacityBands } from './capacity-bands';
import type { HeatMapRow } from './heat-map-row';
import type { Quarter } from './quarter';

/** Program × quarter loads (`capacityHeatMap`): the quarters as columns, a row per program. */
export interface HeatMap {
  /** Every quarter any capacity or demand names, in time order. */
  readonly quarters: readonly Quarter[];
  readonly bands: CapacityBands;
  /** Programs in name order. */
  readonly rows: readonly HeatMapRow[];
}

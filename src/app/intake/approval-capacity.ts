import type { CapacityUnit, HeatMap } from '../../domain/capacity';

/** The capacity an approval is checked against: the viewer's heat map, and the unit each program with a capacity plans in. */
export interface ApprovalCapacity {
  /** The heat map without any open proposal's demand, as the capacity tab shows it. */
  readonly heatMap: HeatMap;
  /** The unit of each program with a capacity set (visible to the viewer); a program missing here has none set. */
  readonly units: ReadonlyMap<string, CapacityUnit>;
}

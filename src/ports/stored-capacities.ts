import type { CapacityBands } from '../domain/capacity/capacity-bands';
import type { ProgramCapacity } from '../domain/capacity/program-capacity';

/** One saved version of the programs' capacities and the heat map's bands, with who saved it and when. */
export interface StoredCapacities {
  /** 1 for the first save; each save names the version it edited and writes the next. */
  readonly version: number;
  /** Every program's capacity per quarter, in the unit it plans in; each program once. */
  readonly capacities: readonly ProgramCapacity[];
  readonly bands: CapacityBands;
  readonly savedAt: string;
  /** The Jira account that saved it. */
  readonly savedBy: string;
}

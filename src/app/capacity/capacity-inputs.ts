import type { CapacityProgramDto, CapacityProjectDto } from '../../contract/capacity-dto';
import type { CapacityBands, ProgramCapacity, ProgramDemand, Quarter } from '../../domain/capacity';
import type { CalendarDay } from '../../domain/time';
import type { StoredCapacities } from '../../ports/stored-capacities';

/** Everything the heat map and the what-if are computed from, for one viewer (see `loadCapacityInputs`). */
export interface CapacityInputs {
  readonly today: CalendarDay;
  readonly currentQuarter: Quarter;
  /** The quarters shown: this one and at least the three after it, up to the last any demand or capacity names, no gaps. */
  readonly quarters: readonly Quarter[];
  /** The latest saved capacities, whole (for admins' settings); null before the first save. */
  readonly stored: StoredCapacities | null;
  readonly bands: CapacityBands;
  /** The saved capacities of the viewer's programs only, from the current quarter on. */
  readonly capacities: readonly ProgramCapacity[];
  /** The viewer's programs' demand, with 0 in every shown quarter that has none, so no quarter is missing. */
  readonly demand: ProgramDemand;
  readonly programs: readonly CapacityProgramDto[];
  readonly withoutProgram: readonly CapacityProjectDto[];
  readonly notRefreshed: readonly CapacityProjectDto[];
}

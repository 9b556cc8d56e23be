import type { CapacityBands } from '../domain/capacity/capacity-bands';
import type { CapacityUnit } from '../domain/capacity/capacity-unit';
import type { HeatMap } from '../domain/capacity/heat-map';
import type { ProgramCapacity } from '../domain/capacity/program-capacity';
import type { ProgramDemand } from '../domain/capacity/program-demand';
import type { Quarter } from '../domain/capacity/quarter';

/** A project as the capacity page names it. */
export interface CapacityProjectDto {
  readonly key: string;
  readonly name: string;
}

/** One program of the heat map: whose work was counted, in which unit, and what could not be weighed. */
export interface CapacityProgramDto {
  readonly program: string;
  /** The unit its demand is counted in: its capacity's unit, or story points while no capacity is set. */
  readonly demandUnit: CapacityUnit;
  /** Whether an admin has set a capacity for it (a row without one is grey). */
  readonly capacitySet: boolean;
  /** The projects the viewer may browse whose stored work items were counted, in key order. */
  readonly projects: readonly CapacityProjectDto[];
  /** Active items with no estimate in the unit: shown as missing, never counted as zero. */
  readonly unestimated: number;
}

/** The saved capacities as an admin edits them, with the version a save must name. */
export interface CapacitySettingsDto {
  /** The saved version (0 before the first save): what saveCapacity names as `expectedVersion`. */
  readonly version: number;
  readonly capacities: readonly ProgramCapacity[];
  readonly bands: CapacityBands;
  readonly savedAt: string | null;
  readonly savedBy: string | null;
}

/**
 * Capacity per program and quarter for one viewer, from stored work items only: the heat map (demand, capacity, load,
 * colour and reason per cell), the programs behind its rows, and for admins the settings to edit.
 */
export interface CapacityDto {
  /** The day demand is counted from (UTC). */
  readonly today: string;
  readonly currentQuarter: Quarter;
  /** Rows: the programs with a project the viewer may browse, in name order; quarters from this one, at least four, no gaps. */
  readonly heatMap: HeatMap;
  /** The demand behind the heat map, per program and quarter: what whatIfCapacity adds proposals to. */
  readonly demand: ProgramDemand;
  /** One entry per heat map row, in the same order. */
  readonly programs: readonly CapacityProgramDto[];
  /** Browsable projects in no program (no project category): not counted in any row. */
  readonly withoutProgram: readonly CapacityProjectDto[];
  /** Browsable projects with no stored work items yet: not counted until their first refresh. */
  readonly notRefreshed: readonly CapacityProjectDto[];
  /** Whether the viewer may change capacities (Jira ADMINISTER). */
  readonly canEdit: boolean;
  /** Every saved capacity and the bands, for admins only; null for everyone else. */
  readonly settings: CapacitySettingsDto | null;
}

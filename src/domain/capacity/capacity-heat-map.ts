import type { CapacityBands } from './capacity-bands';
import { capacityBandsProblem } from './capacity-bands-problem';
import { comparePrograms } from './compare-programs';
import { defaultCapacityBands } from './default-capacity-bands';
import type { HeatMap } from './heat-map';
import type { ProgramCapacity } from './program-capacity';
import type { ProgramDemand } from './program-demand';
import type { Quarter } from './quarter';
import { quartersOf } from './quarters-of';
import { rateLoad } from './rate-load';

/**
 * The capacity heat map: for every program that has a capacity or a demand, its load (demand / capacity) in every
 * quarter any of them names, coloured by the bands. Green below `amberFrom`, amber from `amberFrom` to `redAbove`
 * inclusive, red above `redAbove`. Grey where no capacity is set: without one there is nothing to divide by and no
 * honest colour, and a grey cell says "set a capacity" where a green one would hide demand. A capacity of 0 is not
 * divided by either; any demand on it is red (see `rateLoad`). Loads keep every digit; `formatLoad` rounds for display.
 *
 * @param demandByProgramQuarter demand per program and quarter, in each program's unit (see `spreadDemand`).
 * @throws RangeError when the bands are not 0 < amberFrom <= redAbove, a program has two capacities, or a demand is
 *   negative or not a finite number.
 * @example
 * capacityHeatMap(
 *   [{ program: 'DIGITAL', unit: 'story-points', byQuarter: { '2027-Q1': 50, '2027-Q2': 50 } }],
 *   { DIGITAL: { '2027-Q1': 46, '2027-Q2': 30 }, CORE: { '2027-Q1': 10 } },
 * );
 * // quarters ['2027-Q1', '2027-Q2']; rows CORE (grey, grey: no capacity), DIGITAL (amber 0.92, green 0.6)
 */
export function capacityHeatMap(
  capacities: readonly ProgramCapacity[],
  demandByProgramQuarter: ProgramDemand,
  bands: CapacityBands = defaultCapacityBands,
): HeatMap {
  const problem = capacityBandsProblem(bands);
  if (problem !== null) throw new RangeError(`Capacity bands: ${problem}`);
  const capacityOf = new Map<string, ProgramCapacity>();
  for (const capacity of capacities) {
    if (capacityOf.has(capacity.program)) throw new RangeError(`${capacity.program} has a capacity twice`);
    capacityOf.set(capacity.program, capacity);
  }
  const quarterSet = new Set<Quarter>();
  const programs = new Set<string>(capacityOf.keys());
  for (const capacity of capacities) for (const quarter of quartersOf(capacity.byQuarter)) quarterSet.add(quarter);
  for (const [program, amounts] of Object.entries(demandByProgramQuarter)) {
    programs.add(program);
    for (const quarter of quartersOf(amounts)) {
      const amount = amounts[quarter] ?? 0;
      // Demand comes from spreadDemand and proposalDemand, which make none of these; a caller's slip must not colour a cell.
      if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Demand for ${program} ${quarter} must be a number of at least 0`);
      quarterSet.add(quarter);
    }
  }
  const quarters = [...quarterSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = [...programs].sort(comparePrograms).map((program) => {
    const capacity = capacityOf.get(program);
    // Own properties only: a program called "constructor" has no demand unless it was given one.
    const demand = Object.hasOwn(demandByProgramQuarter, program) ? demandByProgramQuarter[program] : undefined;
    return {
      program,
      unit: capacity?.unit ?? null,
      cells: quarters.map((quarter) => rateLoad(quarter, capacity?.byQuarter[quarter] ?? null, demand?.[quarter] ?? 0, bands)),
    };
  });
  return { quarters, bands, rows };
}

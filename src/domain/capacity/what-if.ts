import type { CapacityBands } from './capacity-bands';
import { capacityHeatMap } from './capacity-heat-map';
import type { CapacityProposal } from './capacity-proposal';
import type { CellChange } from './cell-change';
import { addDemand } from './add-demand';
import { defaultCapacityBands } from './default-capacity-bands';
import { describeCell } from './describe-cell';
import type { ProgramCapacity } from './program-capacity';
import type { ProgramDemand } from './program-demand';
import type { ProgramQuarter } from './program-quarter';
import { proposalDemand } from './proposal-demand';
import type { QuarterAmounts } from './quarter-amounts';
import { quartersOf } from './quarters-of';
import type { WhatIfOutcome } from './what-if-outcome';

function zeroesLike(amounts: QuarterAmounts): QuarterAmounts {
  return Object.fromEntries(quartersOf(amounts).map((quarter) => [quarter, 0]));
}

/**
 * A scenario: the heat map with the selected proposals' demand added to the base demand, and exactly which
 * program-quarters that changes the colour of or pushes over 100% ("pushes DIGITAL 2027-Q2 from amber 0.92 to red
 * 1.08"). Before and after share rows and quarters (a quarter only a proposal names appears in both, at the base
 * demand), so they can be shown side by side. Selected ids are a set: order and repeats do not matter, and an id no
 * proposal has (one withdrawn since it was ticked) adds nothing. Demand only grows, so no load falls and no colour
 * improves; with nothing selected nothing changes.
 *
 * @param baseDemand the demand without any of the selected proposals: the programs' work, and any proposals already
 *   counted in.
 * @throws RangeError when two proposals share an id, a proposal's demand cannot be placed (see `proposalDemand`), or
 *   as `capacityHeatMap` does.
 * @example
 * const outcome = whatIf(capacities, { DIGITAL: { '2027-Q2': 46 } }, [digitalPortal], ['IN-7']);
 * outcome.changes.map((change) => change.description); // ['pushes DIGITAL 2027-Q2 from amber 0.92 to red 1.08']
 */
export function whatIf(
  capacities: readonly ProgramCapacity[],
  baseDemand: ProgramDemand,
  proposals: readonly CapacityProposal[],
  selectedIds: readonly string[],
  bands: CapacityBands = defaultCapacityBands,
): WhatIfOutcome {
  const ids = new Set<string>();
  for (const proposal of proposals) {
    if (ids.has(proposal.id)) throw new RangeError(`Two proposals have the id ${proposal.id}`);
    ids.add(proposal.id);
  }
  const wanted = new Set(selectedIds);
  const selected = proposals
    .filter((proposal) => wanted.has(proposal.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((proposal) => ({ id: proposal.id, program: proposal.program, amounts: proposalDemand(proposal) }));
  const demand = addDemand(baseDemand, selected);
  const before = capacityHeatMap(
    capacities,
    addDemand(
      baseDemand,
      selected.map((added) => ({ program: added.program, amounts: zeroesLike(added.amounts) })),
    ),
    bands,
  );
  const after = capacityHeatMap(capacities, demand, bands);

  const changes: CellChange[] = [];
  const withoutCapacity: ProgramQuarter[] = [];
  after.rows.forEach((row, rowIndex) => {
    row.cells.forEach((cell, cellIndex) => {
      const was = before.rows[rowIndex]?.cells[cellIndex];
      if (was === undefined) throw new RangeError('The heat maps before and after a scenario differ in shape');
      const { program } = row;
      const { quarter } = cell;
      if (cell.capacity === null) {
        if (cell.demand > was.demand) withoutCapacity.push({ program, quarter });
        return;
      }
      const goesOverCapacity = cell.overCapacity && !was.overCapacity;
      if (cell.rag === was.rag && !goesOverCapacity) return;
      const over = cell.rag === was.rag ? ' over capacity,' : '';
      const description = `pushes ${program} ${quarter}${over} from ${describeCell(was)} to ${describeCell(cell)}`;
      changes.push({ program, quarter, unit: row.unit, before: was, after: cell, goesOverCapacity, description });
    });
  });
  return { selected: selected.map((added) => added.id), before, after, demand, changes, withoutCapacity };
}

import type { HeatMapCellDto } from '../../../../src/contract/raid-project-dto';

/**
 * The spoken name of a heat-map cell button, so the map is usable without seeing its colours.
 *
 * @example
 * describeHeatCell({ probability: 5, impact: 4, colour: 'red', count: 2 }); // 'Probability 5, impact 4, red: 2 open risks'
 */
export function describeHeatCell(cell: HeatMapCellDto): string {
  return `Probability ${String(cell.probability)}, impact ${String(cell.impact)}, ${cell.colour}: ${String(cell.count)} open ${cell.count === 1 ? 'risk' : 'risks'}`;
}

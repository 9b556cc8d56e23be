import type { HeatMapCellDto } from '../contract/raid-project-dto';
import type { RaidItemDto } from '../contract/raid-item-dto';
import { placeOnMatrix } from '../domain/raid/place-on-matrix';

const scale = [1, 2, 3, 4, 5] as const;

/** The 25 cells of the heat map (impact 5 row first, probability rising), counting open scored risks in each. */
export function toHeatMap(items: readonly RaidItemDto[]): HeatMapCellDto[] {
  const open = items.filter((item) => item.kind === 'risk' && item.statusCategory !== 'done' && item.cell !== null);
  return [...scale].reverse().flatMap((impact) =>
    scale.map((probability) => ({
      probability,
      impact,
      colour: placeOnMatrix(probability, impact)?.colour ?? 'red',
      count: open.filter((item) => item.cell?.probability === probability && item.cell.impact === impact).length,
    })),
  );
}

import type { HeatMapCellDto } from '../../../../src/contract/raid-project-dto';
import { describeHeatCell } from '../raid/describe-heat-cell';
import { HeatMapGrid } from './heat-map-grid';
import '../raid/raid.css';

export interface RaidHeatMapProps {
  readonly cells: readonly HeatMapCellDto[];
  readonly selected: { readonly probability: number; readonly impact: number } | null;
  /** Called with the clicked cell, or null when the selected cell is clicked again (clearing the filter). */
  readonly onSelect: (cell: { readonly probability: number; readonly impact: number } | null) => void;
}

/**
 * The 5x5 heat map of open risks (impact rows from 5 down, probability columns from 1 up). Every cell is a toggle
 * button that filters the RAID log to the risks rated there; its name says the rating, colour and count in words.
 */
export function RaidHeatMap({ cells, selected, onSelect }: RaidHeatMapProps) {
  return (
    <HeatMapGrid
      className="pmo-heat-map"
      renderCell={(probability, impact) => {
        const cell = cells.find((c) => c.probability === probability && c.impact === impact) ?? { probability, impact, colour: 'red' as const, count: 0 };
        const pressed = selected?.probability === probability && selected.impact === impact;
        return (
          <td key={probability}>
            <button
              type="button"
              className={`pmo-heat-cell pmo-heat-${cell.colour}`}
              aria-pressed={pressed}
              aria-label={describeHeatCell(cell)}
              title={describeHeatCell(cell)}
              onClick={() => {
                onSelect(pressed ? null : { probability, impact });
              }}
            >
              {cell.count}
            </button>
          </td>
        );
      }}
    />
  );
}

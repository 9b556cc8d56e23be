import { formatAmount, type HeatMap, type HeatMapCell } from '../../../../src/domain/capacity';
import { capacityUnitLabels } from './capacity-unit-labels';
import type { CapacityTable, CapacityTableCell } from './capacity-table';

function cellOf(cell: HeatMapCell): CapacityTableCell {
  const demand = formatAmount(cell.demand);
  if (cell.capacity === null) {
    return {
      quarter: cell.quarter,
      text: `${demand} / no capacity`,
      rag: cell.rag,
      reason: `no capacity set for ${cell.quarter}, so the load cannot be rated`,
    };
  }
  const load = cell.load === null ? 'no load: capacity 0' : `${Math.round(cell.load * 100)}%`;
  return { quarter: cell.quarter, text: `${demand} / ${formatAmount(cell.capacity)} (${load})`, rag: cell.rag, reason: cell.reason };
}

/**
 * The heat map in words, cell by cell "demand / capacity (load%)"; a cell without a capacity says so rather than
 * show a load, and every cell keeps the server's reason for its colour.
 *
 * @example
 * buildCapacityTable(heatMap).rows[0]?.cells[0]?.text; // '46 / 50 (92%)'
 */
export function buildCapacityTable(heatMap: HeatMap): CapacityTable {
  return {
    quarters: heatMap.quarters,
    rows: heatMap.rows.map((row) => ({
      program: row.program,
      unit: row.unit === null ? 'no capacity set' : capacityUnitLabels[row.unit],
      cells: row.cells.map(cellOf),
    })),
  };
}

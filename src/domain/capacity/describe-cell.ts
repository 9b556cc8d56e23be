import { formatAmount } from './format-amount';
import { formatLoad } from './format-load';
import type { HeatMapCell } from './heat-map-cell';

/**
 * A cell's colour and load in a few words, for a change's description: "amber 0.92", or on a capacity of 0, which
 * has no load, "red (12 on a capacity of 0)". Internal to the capacity feature.
 *
 * @example
 * describeCell(amberCell); // 'amber 0.92'
 */
export function describeCell(cell: HeatMapCell): string {
  if (cell.load !== null) return `${cell.rag} ${formatLoad(cell.load)}`;
  if (cell.capacity === null) return `${cell.rag} (no capacity set)`;
  return `${cell.rag} (${formatAmount(cell.demand)} on a capacity of 0)`;
}

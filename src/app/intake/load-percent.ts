import { formatAmount, type HeatMapCell } from '../../domain/capacity';

/**
 * A cell's load as a percentage for the decider, with one decimal where rounding to a whole one would hide that it is
 * over 100%; on a capacity of 0, which has no load, the demand on it.
 *
 * @example
 * loadPercent(cellOf92On100);   // '92%'
 * loadPercent(cellOf1004On1000); // '100.4%'
 */
export function loadPercent(cell: HeatMapCell): string {
  if (cell.load === null) return `${formatAmount(cell.demand)} on a capacity of 0`;
  const whole = Math.round(cell.load * 100);
  return cell.overCapacity && whole <= 100 ? `${(cell.load * 100).toFixed(1)}%` : `${String(whole)}%`;
}

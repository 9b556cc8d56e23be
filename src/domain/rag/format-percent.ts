import { formatFigure } from './format-figure';

/**
 * Writes a share 0..1 as a percentage with at most one decimal.
 *
 * @example
 * formatPercent(0.4);    // '40%'
 * formatPercent(0.1234); // '12.3%'
 */
export function formatPercent(fraction: number): string {
  return `${formatFigure(Math.round(fraction * 1000) / 10)}%`;
}

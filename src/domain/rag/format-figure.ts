/**
 * Writes a figure for a RAG reason: at most three decimals, no trailing zeros, no thousands separators (reasons are
 * read in any locale and must match the thresholds they quote).
 *
 * @example
 * formatFigure(0.875);      // '0.875'
 * formatFigure(0.55555);    // '0.556'
 * formatFigure(0.8);        // '0.8'
 */
export function formatFigure(value: number): string {
  return String(Number(value.toFixed(3)));
}

/**
 * A performance index (CPI, SPI) to two decimals, or a dash when it cannot be computed yet.
 *
 * @example
 * formatIndex(1.0797); // => '1.08'
 * formatIndex(null); // => '–'
 */
export function formatIndex(index: number | null): string {
  return index === null ? '–' : index.toFixed(2);
}

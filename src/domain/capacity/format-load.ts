/**
 * Writes a load (demand / capacity) with two decimals, for reading only: computed loads keep every digit, and a
 * colour is decided on the unrounded load, so 1.004 reads "1.00" and is still over capacity.
 *
 * @example
 * formatLoad(0.9166666666666666); // '0.92'
 * formatLoad(1.08);               // '1.08'
 */
export function formatLoad(load: number): string {
  return load.toFixed(2);
}

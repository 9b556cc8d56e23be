/**
 * A share 0..1 as a whole percentage, or the given words when there is nothing to measure. Rounded down, so work
 * that is not finished never reads 100%.
 *
 * @example
 * formatRatio(0.6629); // => '66%'
 * formatRatio(null, 'not evaluated'); // => 'not evaluated'
 */
export function formatRatio(ratio: number | null, missing = '–'): string {
  return ratio === null ? missing : `${Math.floor(ratio * 100 + 1e-9)}%`;
}

/**
 * A count with thousands separators, the same whatever the reader's locale, so the wording reads as the app's docs do.
 *
 * @example
 * formatCount(101000); // => '101,000'
 */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

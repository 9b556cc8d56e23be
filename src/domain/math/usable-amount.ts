/**
 * An amount a roll-up may add up: a finite, non-negative number. Anything else (null, NaN, an infinity, a negative
 * estimate or budget) is treated as absent, so one malformed issue cannot turn a project's totals into NaN.
 *
 * @example
 * usableAmount(5);    // 5
 * usableAmount(-3);   // null
 * usableAmount(null); // null
 */
export function usableAmount(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && value >= 0 ? value : null;
}

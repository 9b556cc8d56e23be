/**
 * Writes a capacity or demand amount for reading: at most one decimal, no thousands separators.
 *
 * @example
 * formatAmount(15.245901639344263); // '15.2'
 * formatAmount(50);                 // '50'
 */
export function formatAmount(amount: number): string {
  return String(Number(amount.toFixed(1)));
}

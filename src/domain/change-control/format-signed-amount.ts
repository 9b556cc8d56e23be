/**
 * An amount as a ledger shows a change: an explicit sign, thousands grouped with commas, at most two decimals (so a
 * sum's floating-point dust never shows). Written by hand rather than by `Intl`, so the ledger reads the same on every
 * runtime and locale.
 *
 * @example
 * formatSignedAmount(20000);     // '+20,000'
 * formatSignedAmount(-1234.5);   // '-1,234.5'
 * formatSignedAmount(0.1 + 0.2); // '+0.3'
 */
export function formatSignedAmount(amount: number): string {
  const cents = Math.round(Math.abs(amount) * 100);
  if (cents === 0) return '0';
  const whole = Math.floor(cents / 100);
  const fraction = String(cents % 100)
    .padStart(2, '0')
    .replace(/0+$/u, '');
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${amount < 0 ? '-' : '+'}${grouped}${fraction === '' ? '' : `.${fraction}`}`;
}

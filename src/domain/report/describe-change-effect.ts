import { formatSignedAmount } from '../change-control/format-signed-amount';

/**
 * A change's effect on the plan in words, from the impact it was decided on; null when it names none.
 *
 * @example
 * describeChangeEffect({ days: 14, cost: 20000, scope: null }); // '+14 days, +20,000 budget'
 * describeChangeEffect({ days: null, cost: null, scope: null }); // null
 */
export function describeChangeEffect(impact: { readonly days: number | null; readonly cost: number | null; readonly scope?: number | null }): string | null {
  const finite = (value: number | null | undefined): value is number => value !== null && value !== undefined && Number.isFinite(value);
  const parts = [
    finite(impact.days) ? `${impact.days > 0 ? '+' : ''}${String(impact.days)} ${Math.abs(impact.days) === 1 ? 'day' : 'days'}` : null,
    finite(impact.cost) ? `${formatSignedAmount(impact.cost)} budget` : null,
    finite(impact.scope) ? `${formatSignedAmount(impact.scope)} scope` : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(', ');
}

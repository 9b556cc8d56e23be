/**
 * The calendar day after `day` (both `yyyy-mm-dd`, UTC). Throws a RangeError for anything that is not a real date.
 *
 * @example
 * dayAfter('2026-02-28'); // '2026-03-01'
 * dayAfter('2026-12-31'); // '2027-01-01'
 */
export function dayAfter(day: string): string {
  const ms = Date.parse(`${day}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`The day must be a calendar date such as 2026-10-01, not "${day}".`);
  return new Date(ms + 86_400_000).toISOString().slice(0, 10);
}

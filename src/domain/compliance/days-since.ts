/**
 * Whole days from an ISO instant to `nowMs`, rounded down; null when the instant cannot be read.
 *
 * @example
 * daysSince('2026-03-01T00:00:00Z', Date.parse('2026-03-11T12:00:00Z')); // 10
 */
export function daysSince(iso: string, nowMs: number): number | null {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? null : Math.floor((nowMs - then) / 86_400_000);
}

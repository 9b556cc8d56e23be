/**
 * A points figure rounded as an estimate is said: exact under 1,000, to the hundred under 10,000, to the thousand
 * above (an estimate from stored counts is not exact, and "100,946" would claim it is).
 *
 * @example
 * roundPoints(100_946); // => 101000
 * roundPoints(4_321); // => 4300
 * roundPoints(254); // => 254
 */
export function roundPoints(points: number): number {
  if (points < 1_000) return Math.max(0, Math.round(points));
  if (points < 10_000) return Math.round(points / 100) * 100;
  return Math.round(points / 1_000) * 1_000;
}

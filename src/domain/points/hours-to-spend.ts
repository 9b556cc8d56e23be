/**
 * How many hours spending `points` takes at `pointsPerHour`, rounded up to a tenth; null when nothing can be spent.
 *
 * @example
 * hoursToSpend(62_000, 6_500); // 9.6
 * hoursToSpend(0, 6_500); // 0
 */
export function hoursToSpend(points: number, pointsPerHour: number): number | null {
  if (points <= 0) return 0;
  if (pointsPerHour <= 0) return null;
  return Math.ceil((points / pointsPerHour) * 10) / 10;
}

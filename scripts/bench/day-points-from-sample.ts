/**
 * A day's points from a run of only its first `sampledMs`: what the issue events' refreshes cost in that window,
 * scaled to the whole day (the changes are spread evenly over it), plus the daily job's points, which do not scale.
 * A whole day (`sampledMs` = `dayMs`) is its own sum.
 *
 * @example
 * dayPointsFromSample({ eventPoints: 600, sampledMs: 6 * 3_600_000, dayMs: 86_400_000, dailyJobPoints: 40 }); // 2440
 */
export function dayPointsFromSample(day: {
  readonly eventPoints: number;
  readonly sampledMs: number;
  readonly dayMs: number;
  readonly dailyJobPoints: number;
}): number {
  if (day.sampledMs <= 0) throw new Error('A sampled day needs a window longer than zero.');
  return Math.round((day.eventPoints * day.dayMs) / day.sampledMs) + day.dailyJobPoints;
}

import { dayPointsFromSample } from '../../../scripts/bench/day-points-from-sample';

const HOUR = 3_600_000;

describe('dayPointsFromSample', () => {
  it.each([
    ['adds the daily job to the events of a whole day as they are', 24 * HOUR, 700, 30, 730],
    ['scales the events of the first 6 hours by 4, not the daily job', 6 * HOUR, 600, 40, 2440],
    ['scales a window of any length and rounds to whole points', 7 * HOUR, 100, 0, 343],
  ])('%s', (_name, sampledMs, eventPoints, dailyJobPoints, expected) => {
    expect(dayPointsFromSample({ eventPoints, sampledMs, dayMs: 24 * HOUR, dailyJobPoints })).toBe(expected);
  });

  it('refuses an empty window', () => {
    expect(() => dayPointsFromSample({ eventPoints: 1, sampledMs: 0, dayMs: 24 * HOUR, dailyJobPoints: 0 })).toThrow(/longer than zero/);
  });
});

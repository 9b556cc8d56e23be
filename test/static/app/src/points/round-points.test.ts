import { roundPoints } from '../../../../../static/app/src/points/round-points';

describe('roundPoints', () => {
  it.each([
    ['keeps a small figure exact', 254, 254],
    ['rounds to the hundred under ten thousand', 4_321, 4_300],
    ['rounds to the thousand above', 100_946, 101_000],
    ['never says less than nothing', -3, 0],
  ])('%s', (_what, points, expected) => {
    expect(roundPoints(points)).toBe(expected);
  });
});

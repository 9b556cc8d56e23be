import { formatCount } from '../../../../../static/app/src/points/format-count';

describe('formatCount', () => {
  it.each([
    ['separates thousands with commas', 6_500, '6,500'],
    ['shows a whole number', 1_234.6, '1,235'],
    ['leaves a small count alone', 7, '7'],
  ])('%s', (_what, n, expected) => {
    expect(formatCount(n)).toBe(expected);
  });
});

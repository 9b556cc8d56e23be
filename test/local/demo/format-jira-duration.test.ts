import { formatJiraDuration } from '../../../local/demo/format-jira-duration';

describe('formatJiraDuration', () => {
  it.each([
    [0, '0m'],
    [60, '1m'],
    [7200, '2h'],
    [28_800, '1d'],
    [36_000, '1d 2h'],
    [144_000, '1w'],
    [147_900, '1w 1h 5m'],
  ])('writes %d seconds as "%s" (8-hour days, 5-day weeks)', (seconds, text) => {
    expect(formatJiraDuration(seconds)).toBe(text);
  });
});

import { describeRateLimit } from '../../src/resolvers/describe-rate-limit';

describe('describeRateLimit', () => {
  it.each<[number | null, string]>([
    [null, 'in a minute or so'],
    [0, 'in a few seconds'],
    [5, 'in a few seconds'],
    [6, 'in about 6 seconds'],
    [40, 'in about 40 seconds'],
    [40.2, 'in about 41 seconds'],
    [89, 'in about 89 seconds'],
    [90, 'in about 2 minutes'],
    [600, 'in about 10 minutes'],
    [3_000, 'in about 50 minutes'],
    [3_600, 'in about an hour'],
    [7_200, 'in about 2 hours'],
  ])('tells the reader to try again, after a Retry-After of %p s, %s', (seconds, when) => {
    expect(describeRateLimit(seconds)).toBe(`Jira is busy answering other requests right now. Try again ${when}.`);
  });
});

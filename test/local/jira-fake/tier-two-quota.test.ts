import { tierTwoQuota } from '../../../local/jira-fake/tier-two-quota';

describe('tierTwoQuota', () => {
  it.each([
    ['standard', 0, 100_000],
    ['standard', 1000, 110_000],
    ['premium', 1000, 150_000],
    ['enterprise', 1000, 180_000],
    ['standard', 40_000, 500_000],
    ['premium', 18_500, 500_000],
    ['premium', 18_499, 499_980],
    ['enterprise', 11_667, 500_000],
    ['enterprise', 11_666, 499_980],
  ] as const)('gives a %s site with %d users %d points an hour', (plan, users, quota) => {
    expect(tierTwoQuota(plan, users)).toBe(quota);
  });
});

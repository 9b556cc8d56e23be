import { backgroundPointsPerHour } from '../../../src/domain/points/background-points-per-hour';
import { describeHours } from '../../../src/domain/points/describe-hours';
import { fullReadPoints } from '../../../src/domain/points/full-read-points';
import { hourlyQuotaOf } from '../../../src/domain/points/hourly-quota';
import { hoursToSpend } from '../../../src/domain/points/hours-to-spend';
import type { PointsBudgetSetting } from '../../../src/domain/points/points-budget-setting';

describe('hourlyQuotaOf', () => {
  it.each<[string, PointsBudgetSetting, number, boolean]>([
    ['Tier 1 is one pool for the app across every site', { tier: 'tier1' }, 65_000, true],
    ['Tier 2 Standard with 1,000 users', { tier: 'tier2', plan: 'standard', users: 1000 }, 110_000, false],
    ['Tier 2 Premium with 1,000 users', { tier: 'tier2', plan: 'premium', users: 1000 }, 150_000, false],
    ['Tier 2 Enterprise with 1,000 users', { tier: 'tier2', plan: 'enterprise', users: 1000 }, 180_000, false],
    ['Tier 2 is capped at 500,000', { tier: 'tier2', plan: 'enterprise', users: 100_000 }, 500_000, false],
    ['Tier 2 with no users is the base', { tier: 'tier2', plan: 'standard', users: 0 }, 100_000, false],
    ["a stated quota is the site's own", { tier: 'custom', pointsPerHour: 12_345 }, 12_345, false],
  ])('%s', (_name, setting, pointsPerHour, shared) => {
    expect(hourlyQuotaOf(setting)).toEqual({ pointsPerHour, sharedWithOtherSites: shared });
  });
});

describe('backgroundPointsPerHour', () => {
  it.each<[string, PointsBudgetSetting, number]>([
    ['takes a tenth of the shared Tier 1 pool', { tier: 'tier1' }, 6_500],
    ['leaves 30% of a Tier 2 quota to pages', { tier: 'tier2', plan: 'standard', users: 1000 }, 77_000],
    ['leaves 30% of a stated quota to pages', { tier: 'custom', pointsPerHour: 1_000 }, 700],
  ])('%s', (_name, setting, expected) => {
    expect(backgroundPointsPerHour(setting)).toBe(expected);
  });
});

describe('fullReadPoints', () => {
  it.each<[string, number[], number]>([
    ['one point per issue and one per page of 100', [250], 253],
    ['an empty project still takes one page', [0], 1],
    ['projects add up', [100, 101], 100 + 1 + 101 + 2],
    ['a 100,000-issue site in 8 projects of 12,500', Array.from({ length: 8 }, () => 12_500), 101_000],
  ])('%s', (_name, counts, expected) => {
    expect(fullReadPoints(counts)).toBe(expected);
  });
});

describe('hoursToSpend and describeHours', () => {
  it.each<[number, number, number | null]>([
    [62_000, 6_500, 9.6],
    [0, 6_500, 0],
    [1, 0, null],
    [6_500, 6_500, 1],
  ])('spending %d points at %d an hour takes %p hours', (points, perHour, hours) => {
    expect(hoursToSpend(points, perHour)).toBe(hours);
  });

  it.each<[number, string]>([
    [0.001, 'under a minute'],
    [1 / 60, 'about 1 minute'],
    [0.4, 'about 24 minutes'],
    [2.04, 'about 2 h'],
    [9.6, 'about 9.5 h'],
    [48, 'about 2 days'],
  ])('%d hours reads as "%s"', (hours, words) => {
    expect(describeHours(hours)).toBe(words);
  });
});

import { steadyDayVerdict } from '../../../scripts/bench/steady-day-verdict';

describe('steadyDayVerdict', () => {
  it.each([
    [
      'meets a target of 1.2 x (changes + projects) at or under it',
      { pointsPerDay: 249.6, changes: 200, projects: 8 },
      { target: 249.6, met: true, sitesPerTier1: 6250 },
    ],
    ['misses it above', { pointsPerDay: 300, changes: 200, projects: 8 }, { target: 249.6, met: false, sitesPerTier1: 5200 }],
    [
      'counts how many whole such days one Tier 1 pool of 65,000 an hour serves in 24 hours',
      { pointsPerDay: 7000, changes: 2100, projects: 8 },
      { target: 2529.6, met: false, sitesPerTier1: 222 },
    ],
    ['names no site count for a day that cost nothing', { pointsPerDay: 0, changes: 0, projects: 8 }, { target: 9.6, met: true, sitesPerTier1: null }],
  ])('%s', (_name, day, expected) => {
    const verdict = steadyDayVerdict(day);
    expect(verdict.met).toBe(expected.met);
    expect(verdict.sitesPerTier1).toBe(expected.sitesPerTier1);
    expect(verdict.target).toBeCloseTo(expected.target, 6);
  });
});

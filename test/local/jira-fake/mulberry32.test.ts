import { mulberry32 } from '../../../local/jira-fake/mulberry32';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(first);
  });

  it('gives another sequence for another seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });

  it('draws numbers in [0, 1) spread over the interval', () => {
    const next = mulberry32(7);
    const draws = Array.from({ length: 10_000 }, () => next());
    expect(draws.every((d) => d >= 0 && d < 1)).toBe(true);
    const mean = draws.reduce((sum, d) => sum + d, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

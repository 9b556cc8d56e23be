import fc from 'fast-check';
import { planDemoProjects } from '../../../local/demo/plan-demo-projects';

describe('planDemoProjects', () => {
  it('keeps the eight named projects at their own sizes when unscaled', () => {
    const plans = planDemoProjects();
    expect(plans.map((p) => p.spec.key)).toEqual(['MOB', 'WEB', 'ONB', 'CORE', 'DATA', 'OPS', 'REG', 'HRB']);
    expect(plans.map((p) => p.issueCount)).toEqual(plans.map((p) => p.spec.defaultIssueCount));
  });

  it('shares any scale out exactly, over at least eight projects of about 2,500 issues', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300_000 }), (scale) => {
        const plans = planDemoProjects(scale);
        const counts = plans.map((p) => p.issueCount);
        return (
          counts.reduce((a, b) => a + b, 0) === scale &&
          plans.length === Math.max(8, Math.round(scale / 2500)) &&
          Math.max(...counts) - Math.min(...counts) <= 1
        );
      }),
    );
  });

  it('gives extra projects unique, valid keys', () => {
    const keys = planDemoProjects(250_000).map((p) => p.spec.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Z][A-Z0-9_]{1,9}$/);
  });

  it.each([
    ['one large project among seven small ones', 53_500, 50_000, [50_000, 500, 500, 500, 500, 500, 500, 500]],
    ['the first project alone holding every issue', 20_000, 20_000, [20_000, 0, 0, 0, 0, 0, 0, 0]],
    ['the rest shared over projects of about 2,500', 40_000, 20_000, [20_000, ...Array.from({ length: 8 }, () => 2_500)]],
  ])('gives the first project exactly its share: %s', (_name, scale, first, counts) => {
    expect(planDemoProjects(scale, first).map((plan) => plan.issueCount)).toEqual(counts);
  });

  it('refuses a first project larger than the site', () => {
    expect(() => planDemoProjects(1_000, 2_000)).toThrow(RangeError);
  });
});

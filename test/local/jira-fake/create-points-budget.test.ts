import { createPointsBudget } from '../../../local/jira-fake/create-points-budget';
import { formatRateLimitReset } from '../../../local/jira-fake/format-rate-limit-reset';

const T0 = Date.parse('2026-11-10T12:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

describe('createPointsBudget', () => {
  it('defaults to tier 1: 65,000 points for the app on every site', () => {
    expect(createPointsBudget()).toMatchObject({ quota: 65_000, reason: 'jira-quota-global-based', policy: 'global-app-quota' });
  });

  it("names a tenant budget after the site's quota", () => {
    expect(createPointsBudget({ scope: 'tenant', quota: 100_040 })).toMatchObject({
      quota: 100_040,
      reason: 'jira-quota-tenant-based',
      policy: 'tenant-app-quota',
    });
  });

  it('counts a charge for exactly 3,600 s: in the window up to the last millisecond, out at the hour', () => {
    const budget = createPointsBudget({ quota: 100 });
    budget.charge(7, at(0));
    expect([budget.spentInWindow(at(3599.999)), budget.spentInWindow(at(3600)), budget.spentTotal()]).toEqual([7, 0, 7]);
  });

  it('waits for just enough points to leave to bring the window under the quota', () => {
    const budget = createPointsBudget({ quota: 10 });
    budget.charge(4, at(0));
    budget.charge(4, at(600));
    budget.charge(4, at(1200));
    // 12 in the window: the first 4 leaving (at 3,600 s) brings it to 8, under 10.
    expect(budget.secondsUntilUnderQuota(at(1800))).toBe(1800);
    expect(budget.secondsUntilEmpty(at(1800))).toBe(3000);
    budget.charge(20, at(1800));
    // 32 in the window: with the three 4s gone the 20 still holds it over; it leaves at 5,400 s.
    expect(budget.secondsUntilUnderQuota(at(1800))).toBe(3600);
    expect(budget.secondsUntilUnderQuota(at(5400))).toBe(0);
  });

  it('rounds waits up to whole seconds', () => {
    const budget = createPointsBudget({ quota: 1 });
    budget.charge(1, at(0.25));
    expect(budget.secondsUntilUnderQuota(at(1))).toBe(3600);
  });

  it('keeps only the last hour of a long run and the same sums', () => {
    const budget = createPointsBudget({ quota: 1_000_000 });
    for (let second = 0; second < 20_000; second += 1) budget.charge(2, at(second));
    expect([budget.spentInWindow(at(19_999)), budget.spentTotal()]).toEqual([7200, 40_000]);
  });

  it.each([0, -5, 1.5, Number.NaN])('refuses a quota of %d', (quota) => {
    expect(() => createPointsBudget({ quota })).toThrow('quota');
  });
});

describe('formatRateLimitReset', () => {
  it.each([
    ['2026-11-10T12:00:00.000Z', '2026-11-10T12:00Z'],
    ['2026-11-10T12:00:00.001Z', '2026-11-10T12:01Z'],
    ['2026-11-10T23:59:30.000Z', '2026-11-11T00:00Z'],
  ])("writes %s as Jira's yyyy-MM-ddTHH:mmZ, never before it: %s", (instant, formatted) => {
    expect(formatRateLimitReset(new Date(instant))).toBe(formatted);
  });
});

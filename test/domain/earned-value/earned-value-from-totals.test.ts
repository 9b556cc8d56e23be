import { computeEarnedValue } from '../../../src/domain/earned-value/compute-earned-value';
import { earnedValueFromTotals } from '../../../src/domain/earned-value/earned-value-from-totals';

describe('earnedValueFromTotals', () => {
  it('gives the same figures as computeEarnedValue for the totals it derives', () => {
    const fromFractions = computeEarnedValue({ bac: 100_000, plannedFraction: 0.4, actualFraction: 0.35, actualCost: 63_000 });
    expect(earnedValueFromTotals({ bac: 100_000, pv: 40_000, ev: 35_000, ac: 63_000 })).toEqual(fromFractions);
  });

  it('weights two projects by money: CPI of the sums, not the mean of CPIs', () => {
    // Project A: EV 90, AC 100 (CPI 0.9); project B: EV 10, AC 5 (CPI 2). Mean of CPIs would be 1.45.
    const combined = earnedValueFromTotals({ bac: 300, pv: 120, ev: 100, ac: 105 });
    expect(combined.cpi).toBeCloseTo(100 / 105, 10);
  });
});

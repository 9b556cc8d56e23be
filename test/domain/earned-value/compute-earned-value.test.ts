import { computeEarnedValue } from '../../../src/domain/earned-value/compute-earned-value';
import type { EarnedValue } from '../../../src/domain/earned-value/earned-value';

describe('computeEarnedValue on the PMBOK worked example (BAC 100,000; 40% planned; 35% done; AC 63,000)', () => {
  const ev = computeEarnedValue({ bac: 100_000, plannedFraction: 0.4, actualFraction: 0.35, actualCost: 63_000 });

  it.each<[string, (value: EarnedValue) => number | null, number, number]>([
    ['PV is 40,000', (v) => v.pv, 40_000, 6],
    ['EV is 35,000', (v) => v.ev, 35_000, 6],
    ['AC is 63,000', (v) => v.ac, 63_000, 6],
    ['SV is -5,000', (v) => v.sv, -5_000, 6],
    ['CV is -28,000', (v) => v.cv, -28_000, 6],
    ['SPI is 0.875', (v) => v.spi, 0.875, 6],
    ['CPI is 0.5556', (v) => v.cpi, 0.5556, 4],
    ['typical EAC (BAC / CPI) is 180,000', (v) => v.eac.typical, 180_000, 6],
    ['atypical EAC (AC + BAC - EV) is 128,000', (v) => v.eac.atypical, 128_000, 6],
    ['combined EAC (AC + (BAC - EV) / (CPI x SPI)) is 196,714.29', (v) => v.eac.combined, 196_714.29, 2],
    ['ETC is 117,000', (v) => v.etc, 117_000, 6],
    ['VAC is -80,000', (v) => v.vac, -80_000, 6],
    ['TCPI to BAC is 1.757', (v) => v.tcpi, 1.757, 3],
  ])('%s', (_behaviour, pick, expected, digits) => {
    expect(pick(ev)).toBeCloseTo(expected, digits);
  });

  it('keeps BAC as given', () => {
    expect(ev.bac).toBe(100_000);
  });
});

describe('computeEarnedValue when a figure would divide by zero', () => {
  it.each<[string, Parameters<typeof computeEarnedValue>[0], (value: EarnedValue) => number | null]>([
    ['answers a null SPI before anything is planned', { bac: 100, plannedFraction: 0, actualFraction: 0.1, actualCost: 5 }, (v) => v.spi],
    ['answers a null CPI before any cost is booked', { bac: 100, plannedFraction: 0.5, actualFraction: 0.1, actualCost: 0 }, (v) => v.cpi],
    ['answers a null typical EAC without CPI', { bac: 100, plannedFraction: 0.5, actualFraction: 0.1, actualCost: 0 }, (v) => v.eac.typical],
    ['answers a null typical EAC when nothing is earned (CPI 0)', { bac: 100, plannedFraction: 0.5, actualFraction: 0, actualCost: 10 }, (v) => v.eac.typical],
    ['answers a null combined EAC when SPI is 0', { bac: 100, plannedFraction: 0.5, actualFraction: 0, actualCost: 10 }, (v) => v.eac.combined],
    ['answers a null ETC without a typical EAC', { bac: 100, plannedFraction: 0.5, actualFraction: 0.1, actualCost: 0 }, (v) => v.etc],
    ['answers a null VAC without a typical EAC', { bac: 100, plannedFraction: 0.5, actualFraction: 0.1, actualCost: 0 }, (v) => v.vac],
    ['answers a null TCPI when the budget is spent', { bac: 100, plannedFraction: 0.5, actualFraction: 0.4, actualCost: 100 }, (v) => v.tcpi],
    ['answers a null SPI without a budget', { bac: 0, plannedFraction: 0.5, actualFraction: 0.5, actualCost: 0 }, (v) => v.spi],
  ])('%s', (_behaviour, inputs, pick) => {
    expect(pick(computeEarnedValue(inputs))).toBeNull();
  });

  it('never produces NaN or Infinity, so a result survives JSON', () => {
    const ev = computeEarnedValue({ bac: 0, plannedFraction: 0, actualFraction: 0, actualCost: 0 });
    expect(JSON.parse(JSON.stringify(ev))).toEqual(ev);
  });
});

describe('computeEarnedValue input checks', () => {
  it.each([
    ['clamps a planned fraction above 1', { bac: 100, plannedFraction: 1.5, actualFraction: 0.5, actualCost: 10 }, 100],
    ['clamps a planned fraction below 0', { bac: 100, plannedFraction: -0.5, actualFraction: 0.5, actualCost: 10 }, 0],
  ])('%s', (_behaviour, inputs, expectedPv) => {
    expect(computeEarnedValue(inputs).pv).toBe(expectedPv);
  });

  it.each([
    ['refuses a negative BAC', { bac: -1, plannedFraction: 0, actualFraction: 0, actualCost: 0 }],
    ['refuses a NaN actual cost', { bac: 1, plannedFraction: 0, actualFraction: 0, actualCost: Number.NaN }],
    ['refuses a NaN fraction', { bac: 1, plannedFraction: Number.NaN, actualFraction: 0, actualCost: 0 }],
  ])('%s', (_behaviour, inputs) => {
    expect(() => computeEarnedValue(inputs)).toThrow(RangeError);
  });
});

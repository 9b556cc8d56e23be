import { clampFraction } from '../math/clamp-fraction';
import type { EarnedValue } from './earned-value';
import { earnedValueFromTotals } from './earned-value-from-totals';
import type { EarnedValueInputs } from './earned-value-inputs';

function requireAmount(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite amount of at least 0, got ${String(value)}`);
  }
  return value;
}

/**
 * Computes earned value (PMBOK) from a budget, the planned and actual shares complete and the cost so far:
 * PV = BAC x planned, EV = BAC x actual, SV = EV - PV, CV = EV - AC, SPI = EV / PV, CPI = EV / AC,
 * EAC typical = BAC / CPI, atypical = AC + (BAC - EV), combined = AC + (BAC - EV) / (CPI x SPI),
 * ETC = EAC typical - AC, VAC = BAC - EAC typical, TCPI = (BAC - EV) / (BAC - AC).
 * A figure that would divide by zero is null. Fractions outside 0..1 are clamped into it.
 *
 * @throws RangeError when BAC or AC is negative or not finite, or a fraction is not finite.
 * @example
 * computeEarnedValue({ bac: 100_000, plannedFraction: 0.4, actualFraction: 0.35, actualCost: 63_000 });
 * // pv 40,000, ev 35,000, sv -5,000, cv -28,000, spi 0.875, cpi 0.5556,
 * // eac { typical 180,000, atypical 128,000, combined 196,714.29 }, etc 117,000, vac -80,000, tcpi 1.757
 */
export function computeEarnedValue(inputs: EarnedValueInputs): EarnedValue {
  const bac = requireAmount('BAC', inputs.bac);
  const ac = requireAmount('Actual cost', inputs.actualCost);
  if (!Number.isFinite(inputs.plannedFraction) || !Number.isFinite(inputs.actualFraction)) {
    throw new RangeError('Planned and actual fractions must be finite numbers');
  }
  return earnedValueFromTotals({
    bac,
    pv: bac * clampFraction(inputs.plannedFraction),
    ev: bac * clampFraction(inputs.actualFraction),
    ac,
  });
}

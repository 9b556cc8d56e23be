import { makeExactSum, type ExactSum } from '../math/exact-sum';
import { comparePrograms } from './compare-programs';
import type { ProgramDemand } from './program-demand';
import type { Quarter } from './quarter';
import type { QuarterAmounts } from './quarter-amounts';
import { quartersOf } from './quarters-of';

/**
 * Adds demand to a program-by-quarter demand, each cell by exact summation, so neither the order of the additions nor
 * the order of the programs changes any total. Programs come out in name order and quarters in time order. Internal
 * to the capacity feature.
 *
 * @example
 * addDemand({ DIGITAL: { '2027-Q2': 46 } }, [{ program: 'DIGITAL', amounts: { '2027-Q2': 8 } }]); // { DIGITAL: { '2027-Q2': 54 } }
 */
export function addDemand(base: ProgramDemand, additions: readonly { readonly program: string; readonly amounts: QuarterAmounts }[]): ProgramDemand {
  const sums = new Map<string, Map<Quarter, ExactSum>>();
  const add = (program: string, amounts: QuarterAmounts): void => {
    const row = sums.get(program) ?? new Map<Quarter, ExactSum>();
    sums.set(program, row);
    for (const quarter of quartersOf(amounts)) {
      const sum = row.get(quarter) ?? makeExactSum();
      sum.add(amounts[quarter] ?? 0);
      row.set(quarter, sum);
    }
  };
  for (const [program, amounts] of Object.entries(base)) add(program, amounts);
  for (const addition of additions) add(addition.program, addition.amounts);
  // fromEntries defines own properties, so a program called "__proto__" is a program and not a prototype.
  return Object.fromEntries(
    [...sums.keys()].sort(comparePrograms).map((program) => {
      const row = sums.get(program) ?? new Map<Quarter, ExactSum>();
      const amounts: Partial<Record<Quarter, number>> = {};
      for (const quarter of [...row.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) amounts[quarter] = row.get(quarter)?.total() ?? 0;
      return [program, amounts];
    }),
  );
}

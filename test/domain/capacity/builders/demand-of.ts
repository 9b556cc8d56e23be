import type { ProgramDemand } from '../../../../src/domain/capacity/program-demand';
import type { Quarter } from '../../../../src/domain/capacity/quarter';
import { aQuarter } from './a-quarter';

/** Demand per program and quarter, from test data written with plain strings. */
export function demandOf(written: Readonly<Record<string, Readonly<Record<string, number>>>>): ProgramDemand {
  return Object.fromEntries(
    Object.entries(written).map(([program, amounts]) => {
      const byQuarter: Partial<Record<Quarter, number>> = {};
      for (const [quarter, amount] of Object.entries(amounts)) byQuarter[aQuarter(quarter)] = amount;
      return [program, byQuarter];
    }),
  );
}

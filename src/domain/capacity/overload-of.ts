import { makeExactSum } from '../math/exact-sum';
import type { CapacityProposal } from './capacity-proposal';
import type { HeatMap } from './heat-map';
import type { OverloadedQuarter } from './overloaded-quarter';
import { proposalDemand } from './proposal-demand';
import type { ProposalOverload } from './proposal-overload';
import type { Quarter } from './quarter';
import { quartersOf } from './quarters-of';
import { rateLoad } from './rate-load';

/**
 * For the approval confirmation: the quarters a proposal would leave over its program's capacity (a load over 100%,
 * or any demand on a capacity of 0), each with its cell before and after. A quarter already over is listed too,
 * marked `alreadyOver`, since approving still adds to it; a quarter the proposal adds nothing to is not. Quarters with
 * no capacity set are listed apart: they cannot be checked, which is not the same as fitting.
 *
 * @param heatMap the heat map without this proposal's demand (see `capacityHeatMap`).
 * @throws RangeError when the proposal's demand cannot be placed (see `proposalDemand`).
 * @example
 * overloadOf(heatMap, { id: 'IN-7', program: 'DIGITAL', estimate: 8, runs: { kind: 'quarters', quarters: [q2] } });
 * // { proposalId: 'IN-7', program: 'DIGITAL', over: [{ quarter: '2027-Q2', before: amber 0.92, after: red 1.08,
 * //   alreadyOver: false }], withoutCapacity: [] }
 */
export function overloadOf(heatMap: HeatMap, proposal: CapacityProposal): ProposalOverload {
  const amounts = proposalDemand(proposal);
  const row = heatMap.rows.find((candidate) => candidate.program === proposal.program);
  const over: OverloadedQuarter[] = [];
  const withoutCapacity: Quarter[] = [];
  for (const quarter of quartersOf(amounts)) {
    const amount = amounts[quarter] ?? 0;
    if (amount <= 0) continue;
    const before = row?.cells[heatMap.quarters.indexOf(quarter)];
    if (before === undefined || before.capacity === null) {
      withoutCapacity.push(quarter);
      continue;
    }
    const sum = makeExactSum();
    sum.add(before.demand);
    sum.add(amount);
    const after = rateLoad(quarter, before.capacity, sum.total(), heatMap.bands);
    if (after.overCapacity) over.push({ quarter, before, after, alreadyOver: before.overCapacity });
  }
  return { proposalId: proposal.id, program: proposal.program, over, withoutCapacity };
}

import type { CapacityProposal } from './capacity-proposal';
import type { Quarter } from './quarter';
import type { QuarterAmounts } from './quarter-amounts';
import { spreadOverDays } from './spread-over-days';

/**
 * A proposal's demand per quarter: its estimate split equally between the quarters it names (each named once), or
 * spread over its dates by calendar days as `spreadDemand` spreads work (see `spreadOverDays`). Its dates are taken
 * as planned, not cut at today: a proposal has not started.
 *
 * @throws RangeError when the estimate is negative or not a finite number, no quarter is named, or the end is before
 *   the start: a proposal whose demand cannot be placed must not pass as one with none.
 * @example
 * proposalDemand({ id: 'IN-7', program: 'DIGITAL', estimate: 20, runs: { kind: 'quarters', quarters: [q2, q3] } });
 * // { '2027-Q2': 10, '2027-Q3': 10 }
 * proposalDemand({ id: 'IN-8', program: 'DIGITAL', estimate: 30, runs: { kind: 'dates', start: day('2027-03-01'), end: day('2027-04-30') } });
 * // { '2027-Q1': 30 * 31 / 61, '2027-Q2': 30 * 30 / 61 }
 */
export function proposalDemand(proposal: CapacityProposal): QuarterAmounts {
  const { id, estimate, runs } = proposal;
  if (!Number.isFinite(estimate) || estimate < 0) throw new RangeError(`Proposal ${id}: the estimate must be a number of at least 0`);
  let shares: Map<Quarter, number>;
  if (runs.kind === 'quarters') {
    const quarters = [...new Set(runs.quarters)];
    if (quarters.length === 0) throw new RangeError(`Proposal ${id}: name at least one quarter it would run in`);
    shares = new Map(quarters.map((quarter) => [quarter, quarters.length === 1 ? estimate : estimate / quarters.length]));
  } else {
    if (runs.end < runs.start) throw new RangeError(`Proposal ${id}: the end ${runs.end} is before the start ${runs.start}`);
    shares = spreadOverDays(estimate, runs.start, runs.end);
  }
  const amounts: Partial<Record<Quarter, number>> = {};
  for (const quarter of [...shares.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) amounts[quarter] = shares.get(quarter) ?? 0;
  return amounts;
}

import type { ApprovalCheckDto } from '../../contract/approval-check-dto';
import { overloadOf, parseQuarter, proposalDemand, type Quarter } from '../../domain/capacity';
import type { ApprovalCapacity } from './approval-capacity';
import { describeLoadChange } from './describe-load-change';
import type { IntakeProposalRecord } from './intake-proposal-record';
import { planProposalDemand } from './plan-proposal-demand';

const unitWords = { 'story-points': 'story points', 'person-days': 'person-days (original estimate)' } as const;

/**
 * What approving a proposal would do to its program's capacity, by the domain's `overloadOf` on the heat map without
 * it: its demand (its own estimate, spread over its dates) added to its program's quarters. `unchecked` says why in
 * words when it cannot be checked (no program, no capacity set for it, no estimate in the program's unit, no dates),
 * which is not the same as fitting.
 *
 * @example
 * checkApproval(int3, capacity);
 * // { kind: 'over', program: 'Core Platforms', over: [{ quarter: '2026-Q4', description: 'Core Platforms 2026-Q4 from 92% to 108%', ... }], withoutCapacity: [] }
 */
export function checkApproval(record: IntakeProposalRecord, capacity: ApprovalCapacity): ApprovalCheckDto {
  const { program } = record;
  if (program === null) return { kind: 'unchecked', reason: 'no program' };
  const unit = capacity.units.get(program);
  if (unit === undefined) return { kind: 'unchecked', reason: `no capacity set for ${program}` };
  const plan = planProposalDemand(record.item, unit);
  if (plan.estimate === null) return { kind: 'unchecked', reason: `no estimate in ${unitWords[unit]}` };
  if (plan.runs === null) return { kind: 'unchecked', reason: plan.noRunBecause ?? 'no dates' };
  const proposal = { id: record.item.key, program, estimate: plan.estimate, runs: plan.runs };
  const overload = overloadOf(capacity.heatMap, proposal);
  if (overload.over.length > 0) {
    return {
      kind: 'over',
      program,
      over: overload.over.map(({ quarter, before, after, alreadyOver }) => ({
        quarter,
        before,
        after,
        alreadyOver,
        description: describeLoadChange(program, before, after),
      })),
      withoutCapacity: overload.withoutCapacity,
    };
  }
  const without = new Set<Quarter>(overload.withoutCapacity);
  const amounts = proposalDemand(proposal);
  const quarters = Object.keys(amounts).flatMap((key) => {
    const quarter = parseQuarter(key);
    return quarter !== null && (amounts[quarter] ?? 0) > 0 && !without.has(quarter) ? [quarter] : [];
  });
  // An estimate of 0 asks nothing of any quarter: it fits wherever it runs.
  if (quarters.length === 0 && plan.estimate > 0) {
    const named = overload.withoutCapacity.length === 0 ? '' : ` in ${overload.withoutCapacity.join(', ')}`;
    return { kind: 'unchecked', reason: `no capacity set for ${program}${named}` };
  }
  return { kind: 'fits', program, quarters, withoutCapacity: overload.withoutCapacity };
}

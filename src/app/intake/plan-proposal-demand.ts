import { quarterOf, remainingEstimate, type CapacityUnit, type ProposalRun } from '../../domain/capacity';
import { writtenDayOf } from '../../domain/time';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { ProposalDemandPlan } from './proposal-demand-plan';

/**
 * What a proposal's own issue says it would ask of its program: its estimate in the program's unit (story points, or
 * original estimate in person-days), and when it would run: from its start date to its due date when both are set,
 * in its due date's quarter when only that is, unplaced otherwise. A start after the due date places nothing.
 *
 * @example
 * planProposalDemand(itemOf16PointsFromAprilToJune, 'story-points');
 * // { unit: 'story-points', estimate: 16, runs: { kind: 'dates', start: '2027-04-01', end: '2027-06-30' }, noRunBecause: null, firstQuarter: '2027-Q2' }
 */
export function planProposalDemand(item: WorkItem, unit: CapacityUnit): ProposalDemandPlan {
  const estimate = remainingEstimate(item, unit);
  const start = writtenDayOf(item.start);
  const due = writtenDayOf(item.due);
  const base = { unit, estimate };
  if (due === null) return { ...base, runs: null, noRunBecause: 'no dates', firstQuarter: start === null ? null : quarterOf(start) };
  if (start !== null && start > due) {
    return { ...base, runs: null, noRunBecause: `its start date ${start} is after its due date ${due}`, firstQuarter: quarterOf(start) };
  }
  const runs: ProposalRun = start === null ? { kind: 'quarters', quarters: [quarterOf(due)] } : { kind: 'dates', start, end: due };
  return { ...base, runs, noRunBecause: null, firstQuarter: quarterOf(start ?? due) };
}

import type { CapacityWhatIfDto } from '../../contract/capacity-what-if-dto';
import { whatIf, type CapacityProposal } from '../../domain/capacity';
import type { CalendarDay } from '../../domain/time';
import { GovernanceError } from '../templates/governance-error';
import type { CapacityReadDeps } from './capacity-read-deps';
import { loadCapacityInputs } from './load-capacity-inputs';

/** A scenario: the proposals under consideration and the ids ticked into it. */
export interface WhatIfCapacityInput {
  readonly proposals: readonly CapacityProposal[];
  readonly selectedIds: readonly string[];
}

/**
 * What ticking proposals into a scenario does to the viewer's heat map: the domain's `whatIf` on top of the demand
 * `loadCapacity` counts, from storage only (no Jira search). Capacities come only for programs with a project the
 * viewer may browse, so a proposal for any other program shows grey ("no capacity set") whether the program exists or
 * not. Proposals whose demand cannot be placed (two with one id, an end before the start) answer BAD_REQUEST.
 *
 * @example
 * const outcome = await whatIfCapacity(deps, today, { proposals: [portal], selectedIds: ['IN-7'] });
 * outcome.changes.map((change) => change.description); // ['pushes Digital 2027-Q1 from green 0.39 to red 1.01']
 */
export async function whatIfCapacity(deps: CapacityReadDeps, today: CalendarDay, input: WhatIfCapacityInput): Promise<CapacityWhatIfDto> {
  const inputs = await loadCapacityInputs(deps, today);
  try {
    return whatIf(inputs.capacities, inputs.demand, input.proposals, input.selectedIds, inputs.bands);
  } catch (error) {
    if (error instanceof RangeError) throw new GovernanceError('BAD_REQUEST', error.message);
    throw error;
  }
}

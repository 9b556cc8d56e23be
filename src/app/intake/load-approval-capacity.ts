import { capacityHeatMap } from '../../domain/capacity';
import { instantOf, utcDayOf } from '../../domain/time';
import { loadCapacityInputs } from '../capacity/load-capacity-inputs';
import type { ApprovalCapacity } from './approval-capacity';
import type { IntakeDeps } from './intake-deps';

/**
 * The heat map an approval is checked against, for the viewer and from storage only (no Jira search): the same
 * inputs as the capacity tab's, so a check and the tab never disagree. Read once per board or decision.
 */
export async function loadApprovalCapacity(deps: IntakeDeps): Promise<ApprovalCapacity> {
  const inputs = await loadCapacityInputs(deps.capacity, utcDayOf(instantOf(deps.now())));
  return {
    heatMap: capacityHeatMap(inputs.capacities, inputs.demand, inputs.bands),
    units: new Map(inputs.capacities.map((capacity) => [capacity.program, capacity.unit])),
  };
}

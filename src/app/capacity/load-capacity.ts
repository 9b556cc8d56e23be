import type { CapacityDto } from '../../contract/capacity-dto';
import { capacityHeatMap } from '../../domain/capacity';
import type { CalendarDay } from '../../domain/time';
import type { CapacityReadDeps } from './capacity-read-deps';
import { loadCapacityInputs } from './load-capacity-inputs';
import { toCapacitySettingsDto } from './to-capacity-settings-dto';

/**
 * The capacity heat map (program x quarter) for one viewer, from stored work items and saved capacities only: Jira is
 * asked, as the viewer, for their projects and whether they administer Jira, and never searched. Each cell carries its
 * demand, capacity, load, colour and the reason for it; a program with no capacity set is grey and says so. Programs
 * are those with a project the viewer may browse, so a program made only of hidden projects leaves no row, name or
 * capacity behind. Admins also get every saved capacity to edit.
 *
 * @example
 * const capacity = await loadCapacity(deps, today);
 * capacity.heatMap.rows[0]?.cells[0]?.reason; // 'load 0.81 (32.4 of 40)'
 */
export async function loadCapacity(deps: CapacityReadDeps, today: CalendarDay): Promise<CapacityDto> {
  const [inputs, isAdmin] = await Promise.all([loadCapacityInputs(deps, today), deps.viewer.isJiraAdmin()]);
  const heatMap = capacityHeatMap(inputs.capacities, inputs.demand, inputs.bands);
  return {
    today: inputs.today,
    currentQuarter: inputs.currentQuarter,
    // With no program to show, the columns are still the quarters a capacity would be set for.
    heatMap: heatMap.rows.length === 0 ? { ...heatMap, quarters: inputs.quarters } : heatMap,
    demand: inputs.demand,
    programs: inputs.programs,
    withoutProgram: inputs.withoutProgram,
    notRefreshed: inputs.notRefreshed,
    canEdit: isAdmin,
    settings: isAdmin ? toCapacitySettingsDto(inputs.stored) : null,
  };
}

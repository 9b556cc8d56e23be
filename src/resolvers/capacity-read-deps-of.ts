import type { CapacityReadDeps } from '../app/capacity/capacity-read-deps';
import type { ResolverDeps } from './resolver-deps';

/** Capacity's reads from an invocation's deps: Jira as the caller, stored roll-ups and items, the saved capacities. */
export function capacityReadDepsOf(deps: ResolverDeps): CapacityReadDeps {
  return {
    viewer: deps.viewer,
    rollups: deps.shownRollups,
    workItems: deps.workItems,
    capacities: deps.capacities,
    templateFor: deps.changeControl.templateFor,
    intakeSettings: deps.intake.settings,
  };
}

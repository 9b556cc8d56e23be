import { aggregateRollups } from '../domain/rollup/aggregate-rollups';
import type { AggregateRollup } from '../domain/rollup/aggregate-rollup';
import type { ReportScope } from '../domain/report/report-scope';
import { selectScopeProjects } from '../domain/report/select-scope-projects';
import type { RollupStore } from '../ports/rollup-store';

/**
 * The scope's roll-ups summed into one aggregate, from what the app stored: for exports made without a reader,
 * which may show the scope's totals but name no project.
 */
export async function loadScopeAggregate(store: Pick<RollupStore, 'listRollups'>, scope: ReportScope, name: string): Promise<AggregateRollup> {
  const rollups = (await store.listRollups()).map((stored) => stored.rollup);
  return aggregateRollups(
    name,
    selectScopeProjects(
      scope,
      rollups.map((rollup) => ({ key: rollup.project.key, category: rollup.project.category, rollup })),
    ).map((entry) => entry.rollup),
  );
}

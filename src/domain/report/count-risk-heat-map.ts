import { makeRaidClassifier } from '../raid/make-raid-classifier';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import type { RaidMapping } from '../raid/raid-mapping';
import type { WorkItem } from '../work-item/work-item';

/**
 * Open scored risks counted per cell of the 5x5 matrix: `map[probability - 1][impact - 1]`. Counts only, so the map
 * names no risk.
 *
 * @example
 * countRiskHeatMap([alpha9])[4][4]; // 1 (probability 5, impact 5)
 */
export function countRiskHeatMap(items: readonly WorkItem[], mapping: RaidMapping = defaultRaidMapping): number[][] {
  const classify = makeRaidClassifier(mapping);
  const map = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const item of items) {
    const { probability, impact } = item.raid;
    if (classify(item) !== 'risk' || item.statusCategory === 'done' || probability === null || impact === null) continue;
    const row = map[probability - 1];
    if (row !== undefined) row[impact - 1] = (row[impact - 1] ?? 0) + 1;
  }
  return map;
}

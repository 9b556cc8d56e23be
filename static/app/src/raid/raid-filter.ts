import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import type { RaidKind } from '../../../../src/domain/raid';
import type { RiskSeverity } from '../../../../src/domain/raid';

/** The RAID log's filters; null shows all. `cell` comes from a click on the heat map. */
export interface RaidFilter {
  readonly kind: RaidKind | null;
  readonly severity: RiskSeverity | null;
  /** An owner's account id, or the word 'unassigned'. */
  readonly owner: string | null;
  readonly cell: { readonly probability: number; readonly impact: number } | null;
}

export const noRaidFilter: RaidFilter = { kind: null, severity: null, owner: null, cell: null };

/** The value the owner filter uses for items without an assignee. */
export const unassignedOwner = 'unassigned';

/**
 * The RAID items that pass every set filter. A heat-map cell shows the open risks rated exactly there, as the map
 * counts them.
 *
 * @example
 * filterRaidItems(items, { ...noRaidFilter, cell: { probability: 5, impact: 5 } }); // open risks rated 5 x 5
 */
export function filterRaidItems(items: readonly RaidItemDto[], filter: RaidFilter): RaidItemDto[] {
  return items.filter(
    (item) =>
      (filter.kind === null || item.kind === filter.kind) &&
      (filter.severity === null || item.severity === filter.severity) &&
      (filter.owner === null || (item.owner?.accountId ?? unassignedOwner) === filter.owner) &&
      (filter.cell === null ||
        (item.statusCategory !== 'done' && item.cell?.probability === filter.cell.probability && item.cell.impact === filter.cell.impact)),
  );
}

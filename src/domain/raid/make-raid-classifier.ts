import type { WorkItem } from '../work-item/work-item';
import { raidKinds, type RaidKind } from './raid-kind';
import type { RaidMapping } from './raid-mapping';

/**
 * Compiles a RAID mapping into a classifier that answers in constant time per item, for roll-ups over many issues.
 * The issue type decides first; labels are consulted only for items whose type is not mapped, in the order of
 * `raidKinds` (so an item labelled both `raid-risk` and `raid-issue` is a risk).
 *
 * @example
 * const classify = makeRaidClassifier(defaultRaidMapping);
 * classify(riskItem); // 'risk'
 */
export function makeRaidClassifier(mapping: RaidMapping): (item: WorkItem) => RaidKind | null {
  const kindByType = new Map<string, RaidKind>();
  const kindByLabel = new Map<string, RaidKind>();
  // Walk kinds backwards so that, when a name is mapped to two kinds, the earlier kind wins.
  for (const kind of [...raidKinds].reverse()) {
    for (const name of mapping.issueTypes[kind]) {
      kindByType.set(name.toLowerCase(), kind);
    }
    for (const label of mapping.labels[kind]) {
      kindByLabel.set(label.toLowerCase(), kind);
    }
  }
  const labelRank = (kind: RaidKind): number => raidKinds.indexOf(kind);

  return (item) => {
    const byType = kindByType.get(item.issueType.toLowerCase());
    if (byType !== undefined) {
      return byType;
    }
    let byLabel: RaidKind | null = null;
    for (const label of item.labels) {
      const kind = kindByLabel.get(label.toLowerCase());
      if (kind !== undefined && (byLabel === null || labelRank(kind) < labelRank(byLabel))) {
        byLabel = kind;
      }
    }
    return byLabel;
  };
}

import type { WorkItem } from '../work-item/work-item';
import { defaultRaidMapping } from './default-raid-mapping';
import { makeRaidClassifier } from './make-raid-classifier';
import type { RaidKind } from './raid-kind';
import type { RaidMapping } from './raid-mapping';

/**
 * Which RAID kind a work item is, by its issue type first and then its labels (see `makeRaidClassifier`, which
 * roll-ups use to classify many items with one compiled mapping).
 *
 * @returns the kind, or null for ordinary work.
 * @example
 * classifyRaid({ ...item, issueType: 'Risk' });                       // 'risk'
 * classifyRaid({ ...item, issueType: 'Task', labels: ['raid-issue'] }); // 'issue'
 * classifyRaid({ ...item, issueType: 'Story', labels: [] });           // null
 */
export function classifyRaid(item: WorkItem, mapping: RaidMapping = defaultRaidMapping): RaidKind | null {
  return makeRaidClassifier(mapping)(item);
}

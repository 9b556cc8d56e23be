import type { IssueKey } from '../ids/issue-key';
import type { WorkItem } from '../work-item/work-item';
import type { RaidKind } from './raid-kind';

/**
 * How a RAID item reaches an issue: `linked` to it directly; `inherited` from an ancestor (linked to the ancestor, or a
 * child of it); `rolled-up` from below (a high or critical risk under the issue).
 */
export type RaidRelation = 'linked' | 'inherited' | 'rolled-up';

/** A RAID item as it bears on one issue, with the issue it came through. */
export interface RelatedRaidItem {
  readonly item: WorkItem;
  readonly kind: RaidKind;
  readonly relation: RaidRelation;
  /** The issue the item is linked to or parented on: the target itself, an ancestor, or (rolled up) a descendant's parent. */
  readonly via: IssueKey;
}

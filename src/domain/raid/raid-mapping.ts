import type { RaidKind } from './raid-kind';

/**
 * How a site marks its RAID items: by issue type name, by label, or both. Names and labels are matched without
 * regard to case, because sites spell them "RAID Issue" and "raid issue" alike.
 */
export interface RaidMapping {
  readonly issueTypes: Readonly<Record<RaidKind, readonly string[]>>;
  readonly labels: Readonly<Record<RaidKind, readonly string[]>>;
}

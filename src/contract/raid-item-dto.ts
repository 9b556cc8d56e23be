import type { Dependency } from '../domain/dependency/dependency';
import type { RaidKind } from '../domain/raid/raid-kind';
import type { RaidRelation } from '../domain/raid/related-raid-item';
import type { MatrixColour } from '../domain/raid/risk-matrix';
import type { RiskSeverity } from '../domain/raid/risk-severity';
import type { StatusCategory } from '../domain/work-item/status-category';

/** One RAID log entry as the panel and the project page show it. */
export interface RaidItemDto {
  readonly key: string;
  readonly projectKey: string;
  readonly summary: string;
  readonly kind: RaidKind;
  readonly statusName: string;
  readonly statusCategory: StatusCategory;
  readonly owner: { readonly accountId: string; readonly displayName: string | null } | null;
  /** probability x impact (risks only; null when unscored or not a risk). */
  readonly score: number | null;
  readonly severity: RiskSeverity | null;
  /** The risk's cell on the 5x5 heat map; null when unscored or not a risk. */
  readonly cell: { readonly probability: number; readonly impact: number; readonly colour: MatrixColour } | null;
  /** The rating after mitigation (probability one step lower); null without a mitigation. */
  readonly residual: { readonly probability: number; readonly impact: number; readonly score: number } | null;
  readonly mitigation: string | null;
  readonly due: string | null;
  /** The last update, taken as the last review. */
  readonly updated: string;
  /** Open and not reviewed (updated) within the review cadence. */
  readonly stale: boolean;
  /** Whole days since the item was created. */
  readonly ageDays: number;
  /** Decisions only: when it was decided (resolved in Jira, null while open) and the items it links to or sits under. */
  readonly decision?: { readonly resolved: string | null; readonly affects: readonly string[] };
}

/** A RAID item as it bears on an issue: linked to it, inherited from a parent, or rolled up from below. */
export interface RelatedRaidItemDto {
  readonly item: RaidItemDto;
  readonly relation: RaidRelation;
  readonly via: string;
}

/** A dependency with both ends and its lateness, as the domain decides it. */
export type DependencyDto = Dependency;

import type { RoledCriterion, WeightedCriterion } from './scoring-criterion';
import type { StatusStage } from './status-stage';
import type { ValueEffortRole } from './value-effort-role';
import type { WsjfRole } from './wsjf-role';

/** What every scoring model has. `version` rises by one with every saved change, as a template's does. */
interface ScoringModelBase {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  /** Workflow statuses that decide a proposal's stage; absent or empty leaves every decision to the app. */
  readonly statusStages?: readonly StatusStage[];
}

/** A weighted model: named criteria on scales, each with a weight; scores run from 0 to 100. */
export interface WeightedScoringModel extends ScoringModelBase {
  readonly kind: 'weighted';
  readonly criteria: readonly WeightedCriterion[];
}

/** A WSJF model: exactly one criterion per WSJF role. */
export interface WsjfScoringModel extends ScoringModelBase {
  readonly kind: 'wsjf';
  readonly criteria: readonly RoledCriterion<WsjfRole>[];
}

/** A value/effort model: exactly one criterion for value and one for effort. */
export interface ValueEffortScoringModel extends ScoringModelBase {
  readonly kind: 'value-effort';
  readonly criteria: readonly RoledCriterion<ValueEffortRole>[];
}

/** A scoring model the PMO chooses for its intake: versioned, validated by `scoringModelSchema`, exported and imported. */
export type ScoringModel = WeightedScoringModel | WsjfScoringModel | ValueEffortScoringModel;

import type { CriterionScale } from './criterion-scale';
import type { ValueEffortRole } from './value-effort-role';
import type { WsjfRole } from './wsjf-role';

/** What every criterion of a scoring model has, whatever the model's kind. */
export interface ScoringCriterion {
  /** Unique within the model; inputs are keyed by it. */
  readonly id: string;
  /** What people read in breakdowns and on the board. */
  readonly name: string;
  readonly scale: CriterionScale;
  /** The Jira field, by name, that holds this criterion where teams keep it; null when only reviewers score it. */
  readonly jiraField: string | null;
}

/** A criterion of a weighted model: its weight, and whether less is better (effort, cost). */
export interface WeightedCriterion extends ScoringCriterion {
  /** Any non-negative number; a criterion's share is its weight over the sum of the model's weights. */
  readonly weight: number;
  /** When true a value counts as `min + max - value`, so the cheapest proposal scores as the best. */
  readonly inverted: boolean;
}

/** A criterion standing for one role of a WSJF or value/effort model. */
export interface RoledCriterion<Role extends WsjfRole | ValueEffortRole> extends ScoringCriterion {
  readonly role: Role;
}

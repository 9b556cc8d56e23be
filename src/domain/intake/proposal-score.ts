import type { CriterionSource } from './criterion-source';

/** How one criterion took part in a score. */
export interface ScorePart {
  readonly criterionId: string;
  readonly name: string;
  /** The value as given, or null when the proposal has none. */
  readonly value: number | null;
  readonly source: CriterionSource | null;
  /**
   * For a weighted model, the points of the 0..100 score this criterion brings (its share of the weights times its
   * value over the scale's max, inverted where the criterion is); null for the other kinds and when the score is null.
   */
  readonly points: number | null;
}

/** A proposal's score under one model, with everything needed to explain it. */
export interface ProposalScore {
  /** The score, rounded to 2 decimals (what the breakdown shows is what ranks); null when it cannot be computed. */
  readonly score: number | null;
  /** The score written out, e.g. `WSJF 6.5 = (8 + 5 + 0) / 2`, or why there is none. */
  readonly breakdown: string;
  /** The names of the criteria with no value, in the model's order. */
  readonly missing: readonly string[];
  /** Why the score is null (missing values, a value off its scale, a divisor of 0); null when there is a score. */
  readonly reason: string | null;
  /** Every criterion of the model, in the model's order. */
  readonly parts: readonly ScorePart[];
}

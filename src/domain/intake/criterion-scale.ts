/**
 * The range a criterion's values lie in, ends included: `0 <= min < max`. `steps`, when given, are the values a
 * reviewer picks from (SAFe's 1, 2, 3, 5, 8, 13, 20 for WSJF); a Jira field may hold any value in the range.
 */
export interface CriterionScale {
  readonly min: number;
  readonly max: number;
  readonly steps?: readonly number[];
}

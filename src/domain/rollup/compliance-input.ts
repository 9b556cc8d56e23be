/** A template evaluation's result for a project: the score 0..1 and how many checks passed out of how many ran. */
export interface ComplianceInput {
  readonly score: number;
  readonly passed: number;
  readonly checked: number;
}

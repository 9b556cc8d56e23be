/** A project's phase gates: how many there are and how many are passed (in a done status). */
export interface GateSummary {
  readonly total: number;
  readonly passed: number;
}

/**
 * Progress on one measure: how much is done out of how much there is, and the share done (null when there is
 * nothing to measure, rather than a misleading 0 or 100%). Aggregates add `done` and `total` and divide again.
 */
export interface ProgressMeasure {
  readonly done: number;
  readonly total: number;
  readonly ratio: number | null;
}

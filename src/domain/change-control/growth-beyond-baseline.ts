/** A budget or scope that now exceeds the current approved version's figure. */
export interface GrowthBeyondBaseline {
  readonly approved: number;
  readonly current: number;
  /** current - approved, always above zero. */
  readonly beyond: number;
}

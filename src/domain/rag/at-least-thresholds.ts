/** Thresholds on a count where more is worse (overdue milestones): amber at or above one count, red at another. */
export interface AtLeastThresholds {
  readonly amberAtLeast: number;
  readonly redAtLeast: number;
}

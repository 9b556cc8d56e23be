/** Thresholds for an indicator where higher is worse (points behind plan): amber above one value, red above another. */
export interface AboveThresholds {
  readonly amberAbove: number;
  readonly redAbove: number;
}

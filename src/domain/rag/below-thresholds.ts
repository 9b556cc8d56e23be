/** Thresholds for an indicator where lower is worse (SPI, CPI, compliance): amber below one value, red below another. */
export interface BelowThresholds {
  readonly amberBelow: number;
  readonly redBelow: number;
}

/**
 * Where each severity band starts on the 1..25 risk score scale; a score below `medium` is low. Bands must rise:
 * `medium <= high <= critical`.
 */
export interface RiskBands {
  readonly medium: number;
  readonly high: number;
  readonly critical: number;
}

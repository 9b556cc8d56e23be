import type { RiskSeverity } from '../raid/risk-severity';

/** A colour applies when at least `openRisksAtLeast` open risks are of `severityAtLeast` or worse. */
export interface RiskRagThreshold {
  readonly severityAtLeast: RiskSeverity;
  readonly openRisksAtLeast: number;
}

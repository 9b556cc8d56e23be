import type { RiskMatrix } from './risk-matrix';
import { riskMatrixFromThresholds } from './risk-matrix-from-thresholds';

/** The heat map out of the box: score >= 15 red, >= 5 amber, else green (see `riskMatrixFromThresholds`). */
export const defaultRiskMatrix: RiskMatrix = riskMatrixFromThresholds({ amber: 5, red: 15 });

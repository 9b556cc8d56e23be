import type { RiskBands } from './risk-bands';

/**
 * The default severity bands on the 1..25 score: low 1-4, medium 5-9, high 10-14, critical 15-25. With 1..5
 * ratings this makes "likely and major" (4 x 4 = 16) critical and "possible and moderate" (3 x 3 = 9) medium.
 */
export const defaultRiskBands: RiskBands = { medium: 5, high: 10, critical: 15 };

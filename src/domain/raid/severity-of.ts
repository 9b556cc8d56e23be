import { defaultRiskBands } from './default-risk-bands';
import type { RiskBands } from './risk-bands';
import type { RiskSeverity } from './risk-severity';

/**
 * The severity band a risk score falls in. With the default bands: low 1-4, medium 5-9, high 10-14, critical 15-25;
 * each band includes its lower bound.
 *
 * @example
 * severityOf(4);  // 'low'
 * severityOf(5);  // 'medium'
 * severityOf(15); // 'critical'
 * severityOf(12, { medium: 4, high: 8, critical: 12 }); // 'critical'
 */
export function severityOf(score: number, bands: RiskBands = defaultRiskBands): RiskSeverity {
  if (score >= bands.critical) {
    return 'critical';
  }
  if (score >= bands.high) {
    return 'high';
  }
  return score >= bands.medium ? 'medium' : 'low';
}

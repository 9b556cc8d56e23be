import type { PeriodChoice } from './build-period-options';
import type { ReportConfig } from './report-config-schema';

/**
 * The config with the chosen period; a fixed look-back drops any baseline, so equal choices save equal configs.
 *
 * @example
 * applyPeriodChoice({ ...config, period: 'baseline', baselineId: 'b-1', baselineName: 'Gate 2' }, { period: '7d' });
 * // => { ...config, period: '7d' } (no baselineId, no baselineName)
 */
export function applyPeriodChoice(config: ReportConfig, choice: PeriodChoice): ReportConfig {
  const { scope, programs, projects, sections } = config;
  return choice.period === 'baseline'
    ? { scope, programs, projects, sections, period: 'baseline', baselineId: choice.baselineId, baselineName: choice.baselineName }
    : { scope, programs, projects, sections, period: choice.period };
}

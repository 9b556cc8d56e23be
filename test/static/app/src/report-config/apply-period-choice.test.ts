import { applyPeriodChoice } from '../../../../../static/app/src/report-config/apply-period-choice';
import type { PeriodChoice } from '../../../../../static/app/src/report-config/build-period-options';
import { parseReportConfig } from '../../../../../static/app/src/report-config/parse-report-config';
import type { ReportConfig } from '../../../../../static/app/src/report-config/report-config-schema';

const days: ReportConfig = { scope: 'programs', programs: ['Digital'], projects: [], period: '14d', sections: ['headline', 'trends'] };
const sinceGate: ReportConfig = { ...days, period: 'baseline', baselineId: '20261001T090000Z-00000001', baselineName: 'Gate 2' };

describe('applyPeriodChoice', () => {
  it.each<[string, ReportConfig, PeriodChoice, ReportConfig]>([
    ['switches a look-back to another', days, { period: '7d' }, { ...days, period: '7d' }],
    [
      'sets a baseline with its id and name',
      days,
      { period: 'baseline', baselineId: '20261120T120000Z-00000002', baselineName: 'Steering' },
      { ...days, period: 'baseline', baselineId: '20261120T120000Z-00000002', baselineName: 'Steering' },
    ],
    ['drops the baseline when a look-back is chosen instead', sinceGate, { period: '30d' }, { ...days, period: '30d' }],
  ])('%s', (_name, config, choice, expected) => {
    const next = applyPeriodChoice(config, choice);
    expect(next).toStrictEqual(expected);
    expect(parseReportConfig(next)).toEqual(next);
  });
});

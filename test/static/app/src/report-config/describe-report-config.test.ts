import { describeReportConfig } from '../../../../../static/app/src/report-config/describe-report-config';
import type { ReportConfig } from '../../../../../static/app/src/report-config/report-config-schema';

describe('describeReportConfig', () => {
  it.each<[string, ReportConfig, string[]]>([
    ['describes a by-program weekly report', { scope: 'programs', period: '7d', sections: ['rag', 'risks'] }, ['Scope: By program', 'Period: Last 7 days', 'Sections: RAG status with reasons, Top risks']],
    ['describes a monthly whole-portfolio report on cost alone', { scope: 'portfolio', period: '30d', sections: ['earned-value'] }, ['Scope: Whole portfolio', 'Period: Last 30 days', 'Sections: Cost (earned value)']],
  ])('%s', (_name, config, expected) => {
    expect(describeReportConfig(config).map((line) => `${line.term}: ${line.description}`)).toEqual(expected);
  });
});

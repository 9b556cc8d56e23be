import { describeReportConfig } from '../../../../../static/app/src/report-config/describe-report-config';
import type { ReportConfig } from '../../../../../static/app/src/report-config/report-config-schema';

describe('describeReportConfig', () => {
  it.each<[string, ReportConfig, string[]]>([
    [
      'describes a weekly report on one program',
      { scope: 'programs', programs: ['Digital'], projects: [], period: '7d', sections: ['headline', 'risks'] },
      ['Scope: Programs: Digital', 'Period: Last 7 days', 'Sections: Headline, Top risks and issues'],
    ],
    [
      'describes a monthly whole-portfolio report on slips alone',
      { scope: 'portfolio', programs: [], projects: [], period: '30d', sections: ['slipped'] },
      ['Scope: Whole portfolio', 'Period: Last 30 days', 'Sections: What slipped'],
    ],
    [
      'describes a report on two projects',
      { scope: 'projects', programs: [], projects: ['ALPHA', 'BETA'], period: '14d', sections: ['summary'] },
      ['Scope: Projects: ALPHA, BETA', 'Period: Last 14 days', 'Sections: Summary by project'],
    ],
    [
      'names the baseline a report looks back to',
      {
        scope: 'portfolio',
        programs: [],
        projects: [],
        period: 'baseline',
        baselineId: 'b-1',
        baselineName: 'Steering committee 2026-11',
        sections: ['trends'],
      },
      ['Scope: Whole portfolio', 'Period: Since baseline: Steering committee 2026-11', 'Sections: Trends since the previous snapshot'],
    ],
  ])('%s', (_name, config, expected) => {
    expect(describeReportConfig(config).map((line) => `${line.term}: ${line.description}`)).toEqual(expected);
  });
});

import type { ReportConfig } from '../../../../../static/app/src/report-config/report-config-schema';
import { toReportPayload } from '../../../../../static/app/src/report-config/to-report-payload';
import { statusReportPayloadSchema } from '../../../../../src/resolvers/status-report-payload-schema';

describe('toReportPayload', () => {
  it.each<[string, ReportConfig, unknown]>([
    [
      'asks for the whole portfolio',
      { scope: 'portfolio', programs: ['ignored'], projects: [], period: '14d', sections: ['headline'] },
      { scope: { kind: 'portfolio' }, period: '14d', sections: ['headline'] },
    ],
    [
      'asks for the chosen programs',
      { scope: 'programs', programs: ['Digital'], projects: [], period: '7d', sections: ['summary'] },
      { scope: { kind: 'programs', names: ['Digital'] }, period: '7d', sections: ['summary'] },
    ],
    [
      'asks for the chosen projects',
      { scope: 'projects', programs: [], projects: ['ALPHA'], period: '30d', sections: ['risks'] },
      { scope: { kind: 'projects', keys: ['ALPHA'] }, period: '30d', sections: ['risks'] },
    ],
    [
      'asks for the period since a baseline by its id alone',
      {
        scope: 'portfolio',
        programs: [],
        projects: [],
        period: 'baseline',
        baselineId: '20261001T120000Z-0a1b2c3d',
        baselineName: 'Gate 2',
        sections: ['trends'],
      },
      { scope: { kind: 'portfolio' }, period: { baselineId: '20261001T120000Z-0a1b2c3d' }, sections: ['trends'] },
    ],
  ])('%s, in a payload the resolver accepts', (_name, config, expected) => {
    const payload = toReportPayload(config);
    expect(payload).toEqual(expected);
    expect(statusReportPayloadSchema.safeParse(payload).success).toBe(true);
  });
});

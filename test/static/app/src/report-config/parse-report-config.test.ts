import { parseReportConfig } from '../../../../../static/app/src/report-config/parse-report-config';
import { defaultReportConfig, reportSections } from '../../../../../static/app/src/report-config/report-config-schema';

describe('parseReportConfig', () => {
  it.each<[string, unknown]>([
    ['nothing saved yet', undefined],
    ['an empty object', {}],
    ['an unknown scope', { scope: 'galaxy', period: '7d', sections: ['headline'] }],
    ['an unknown period', { scope: 'portfolio', period: '90d', sections: ['headline'] }],
    ['an unknown section', { scope: 'portfolio', period: '7d', sections: ['gossip'] }],
    ['no section at all', { scope: 'portfolio', period: '7d', sections: [] }],
    ['a program scope naming no program', { scope: 'programs', programs: [], period: '7d', sections: ['headline'] }],
    ['a project scope naming no project', { scope: 'projects', period: '7d', sections: ['headline'] }],
    ['a baseline period naming no baseline', { scope: 'portfolio', period: 'baseline', sections: ['headline'] }],
    ["a baseline period without the baseline's name", { scope: 'portfolio', period: 'baseline', baselineId: 'b-1', sections: ['headline'] }],
    ['a baseline period with an empty id', { scope: 'portfolio', period: 'baseline', baselineId: '', baselineName: 'Gate 2', sections: ['headline'] }],
  ])('gives null for %s', (_name, raw) => {
    expect(parseReportConfig(raw)).toBeNull();
  });

  it.each<[string, unknown, unknown]>([
    [
      'puts chosen sections in the canonical order and drops repeats',
      { scope: 'projects', projects: ['ALPHA'], period: '30d', sections: ['trends', 'headline', 'trends', 'risks'] },
      { scope: 'projects', programs: [], projects: ['ALPHA'], period: '30d', sections: ['headline', 'risks', 'trends'] },
    ],
    [
      'keeps the chosen programs',
      { scope: 'programs', programs: ['Digital', 'Operations'], period: '7d', sections: ['summary'] },
      { scope: 'programs', programs: ['Digital', 'Operations'], projects: [], period: '7d', sections: ['summary'] },
    ],
    [
      'fills absent lists for the whole portfolio',
      { scope: 'portfolio', period: '14d', sections: ['slipped'] },
      { scope: 'portfolio', programs: [], projects: [], period: '14d', sections: ['slipped'] },
    ],
    [
      'reads a config saved before baselines existed',
      { scope: 'portfolio', programs: [], projects: [], period: '30d', sections: ['headline', 'trends'] },
      { scope: 'portfolio', programs: [], projects: [], period: '30d', sections: ['headline', 'trends'] },
    ],
    [
      'keeps the baseline a report looks back to, with its name',
      { scope: 'portfolio', period: 'baseline', baselineId: '20261001T120000Z-0a1b2c3d', baselineName: 'Gate 2', sections: ['trends'] },
      {
        scope: 'portfolio',
        programs: [],
        projects: [],
        period: 'baseline',
        baselineId: '20261001T120000Z-0a1b2c3d',
        baselineName: 'Gate 2',
        sections: ['trends'],
      },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(parseReportConfig(raw)).toEqual(expected);
  });

  it('accepts the default settings unchanged', () => {
    expect(parseReportConfig(defaultReportConfig)).toEqual(defaultReportConfig);
    expect(defaultReportConfig.sections).toEqual([...reportSections]);
  });
});

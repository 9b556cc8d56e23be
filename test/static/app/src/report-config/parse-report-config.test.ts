import { parseReportConfig } from '../../../../../static/app/src/report-config/parse-report-config';
import { defaultReportConfig, reportSections } from '../../../../../static/app/src/report-config/report-config-schema';

describe('parseReportConfig', () => {
  it.each<[string, unknown]>([
    ['nothing saved yet', undefined],
    ['an empty object', {}],
    ['an unknown scope', { scope: 'galaxy', period: '7d', sections: ['rag'] }],
    ['an unknown period', { scope: 'portfolio', period: '90d', sections: ['rag'] }],
    ['an unknown section', { scope: 'portfolio', period: '7d', sections: ['gossip'] }],
    ['no section at all', { scope: 'portfolio', period: '7d', sections: [] }],
  ])('gives null for %s', (_name, raw) => {
    expect(parseReportConfig(raw)).toBeNull();
  });

  it('puts chosen sections in the canonical order and drops repeats', () => {
    expect(parseReportConfig({ scope: 'projects', period: '30d', sections: ['trends', 'rag', 'trends', 'risks'] })).toEqual({ scope: 'projects', period: '30d', sections: ['rag', 'risks', 'trends'] });
  });

  it('accepts the default settings unchanged', () => {
    expect(parseReportConfig(defaultReportConfig)).toEqual(defaultReportConfig);
    expect(defaultReportConfig.sections).toEqual([...reportSections]);
  });
});

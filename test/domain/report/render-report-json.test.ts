import { renderReportJson } from '../../../src/domain/report/render-report-json';
import { hostileReport } from './report-fixture';

describe('renderReportJson', () => {
  it.each([
    [
      'every section by default',
      undefined,
      [
        'title',
        'scopeLabel',
        'period',
        'asOf',
        'headline',
        'projects',
        'accomplishments',
        'slipped',
        'upcoming',
        'topRisks',
        'heatMap',
        'lateDependencies',
        'complianceExceptions',
        'escalations',
        'trends',
        'changeControl',
        'hiddenCount',
      ],
    ],
    ['change control while any of its sections is chosen', ['decisions'] as const, ['title', 'scopeLabel', 'period', 'asOf', 'changeControl', 'hiddenCount']],
    ['only the risks (with the heat map) and the frame', ['risks'] as const, ['title', 'scopeLabel', 'period', 'asOf', 'topRisks', 'heatMap', 'hiddenCount']],
  ])('keeps %s', (_name, sections, keys) => {
    expect(Object.keys(JSON.parse(renderReportJson(hostileReport(), sections)) as object)).toEqual(keys);
  });
});

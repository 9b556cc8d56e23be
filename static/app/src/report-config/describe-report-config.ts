import { reportConfigLabels } from './report-config-labels';
import type { ReportConfig } from './report-config-schema';

export interface ReportConfigLine {
  readonly term: string;
  readonly description: string;
}

function scopeWords(config: ReportConfig): string {
  if (config.scope === 'programs') return `Programs: ${config.programs.join(', ')}`;
  if (config.scope === 'projects') return `Projects: ${config.projects.join(', ')}`;
  return reportConfigLabels.scope.portfolio;
}

// The name saved with the config; the report itself names the baseline as it is called now.
const periodWords = (config: ReportConfig): string =>
  config.period === 'baseline' ? `Since baseline: ${config.baselineName ?? config.baselineId ?? '(none chosen)'}` : reportConfigLabels.period[config.period];

/**
 * The macro's settings as the lines of a description list, in the words the settings form uses.
 *
 * @example
 * describeReportConfig({ scope: 'programs', programs: ['Digital'], projects: [], period: '7d', sections: ['headline', 'risks'] });
 * // => [{ term: 'Scope', description: 'Programs: Digital' }, { term: 'Period', description: 'Last 7 days' },
 * //     { term: 'Sections', description: 'Headline, Top risks and issues' }]
 * describeReportConfig({ ...config, period: 'baseline', baselineId: 'b-1', baselineName: 'Gate 2' })[1];
 * // => { term: 'Period', description: 'Since baseline: Gate 2' }
 */
export function describeReportConfig(config: ReportConfig): readonly ReportConfigLine[] {
  return [
    { term: 'Scope', description: scopeWords(config) },
    { term: 'Period', description: periodWords(config) },
    { term: 'Sections', description: config.sections.map((section) => reportConfigLabels.section[section]).join(', ') },
  ];
}

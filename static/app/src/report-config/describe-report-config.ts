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

/**
 * The macro's settings as the lines of a description list, in the words the settings form uses.
 *
 * @example
 * describeReportConfig({ scope: 'programs', programs: ['Digital'], projects: [], period: '7d', sections: ['headline', 'risks'] });
 * // => [{ term: 'Scope', description: 'Programs: Digital' }, { term: 'Period', description: 'Last 7 days' },
 * //     { term: 'Sections', description: 'Headline, Top risks and issues' }]
 */
export function describeReportConfig(config: ReportConfig): readonly ReportConfigLine[] {
  return [
    { term: 'Scope', description: scopeWords(config) },
    { term: 'Period', description: reportConfigLabels.period[config.period] },
    { term: 'Sections', description: config.sections.map((section) => reportConfigLabels.section[section]).join(', ') },
  ];
}

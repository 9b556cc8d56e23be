import { reportConfigLabels } from './report-config-labels';
import type { ReportConfig } from './report-config-schema';

export interface ReportConfigLine {
  readonly term: string;
  readonly description: string;
}

/**
 * The macro's settings as the lines of a description list, in the words the settings form uses.
 *
 * @example
 * describeReportConfig({ scope: 'programs', period: '7d', sections: ['rag', 'risks'] });
 * // => [{ term: 'Scope', description: 'By program' }, { term: 'Period', description: 'Last 7 days' },
 * //     { term: 'Sections', description: 'RAG status with reasons, Top risks' }]
 */
export function describeReportConfig(config: ReportConfig): readonly ReportConfigLine[] {
  return [
    { term: 'Scope', description: reportConfigLabels.scope[config.scope] },
    { term: 'Period', description: reportConfigLabels.period[config.period] },
    { term: 'Sections', description: config.sections.map((section) => reportConfigLabels.section[section]).join(', ') },
  ];
}

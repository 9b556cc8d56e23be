import { reportWords } from '../../../../src/domain/report';
import type { ReportPeriod, ReportScope, ReportSection } from './report-config-schema';

/** The words the settings form and the macro use for each setting value. */
export const reportConfigLabels: {
  readonly scope: Readonly<Record<ReportScope, string>>;
  readonly period: Readonly<Record<ReportPeriod, string>>;
  readonly section: Readonly<Record<ReportSection, string>>;
} = {
  scope: { portfolio: 'Whole portfolio', programs: 'Chosen programs', projects: 'Chosen projects' },
  period: { '7d': 'Last 7 days', '14d': 'Last 14 days', '30d': 'Last 30 days', baseline: 'Since a baseline' },
  section: reportWords.section,
};

import type { ReportPeriod, ReportScope, ReportSection } from './report-config-schema';

/** The words the settings form and the macro use for each setting value. */
export const reportConfigLabels: {
  readonly scope: Readonly<Record<ReportScope, string>>;
  readonly period: Readonly<Record<ReportPeriod, string>>;
  readonly section: Readonly<Record<ReportSection, string>>;
} = {
  scope: { portfolio: 'Whole portfolio', programs: 'By program', projects: 'By project' },
  period: { '7d': 'Last 7 days', '14d': 'Last 14 days', '30d': 'Last 30 days' },
  section: {
    rag: 'RAG status with reasons',
    progress: 'Progress',
    milestones: 'Milestones',
    risks: 'Top risks',
    compliance: 'Compliance',
    'earned-value': 'Cost (earned value)',
    trends: 'Trends since the last snapshot',
  },
};

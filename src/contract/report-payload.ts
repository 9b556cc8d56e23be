import type { ReportSectionName } from '../domain/report/report-section';

/**
 * What `getStatusReport` is asked for: a scope, a period (the last 7, 14 or 30 days, or since the baseline with this
 * id), and optionally the sections (all when absent).
 */
export interface StatusReportPayload {
  readonly scope:
    | { readonly kind: 'portfolio' }
    | { readonly kind: 'programs'; readonly names: readonly string[] }
    | { readonly kind: 'projects'; readonly keys: readonly string[] };
  readonly period: '7d' | '14d' | '30d' | { readonly baselineId: string };
  readonly sections?: readonly ReportSectionName[];
}

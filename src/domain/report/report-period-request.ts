import type { ReportPeriodDays } from './report-period-days';

/** What a report is asked to look back over: the last 7, 14 or 30 days, or everything since a named baseline. */
export type ReportPeriodRequest =
  { readonly kind: 'last-days'; readonly days: ReportPeriodDays } | { readonly kind: 'since-baseline'; readonly baselineId: string };

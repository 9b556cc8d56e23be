import type { ReportPeriodDays } from './report-period-days';

/** The period a built report covers, from `start` to `end` (the report's "now"), both ISO 8601 instants. */
export type ReportPeriod =
  | { readonly kind: 'last-days'; readonly days: ReportPeriodDays; readonly start: string; readonly end: string }
  | { readonly kind: 'since-baseline'; readonly baseline: { readonly id: string; readonly name: string }; readonly start: string; readonly end: string };

/** What `buildStatusReport` needs to know of the period: a length in days, or the baseline it starts at. */
export type ReportPeriodBasis =
  | { readonly kind: 'last-days'; readonly days: ReportPeriodDays }
  | { readonly kind: 'since-baseline'; readonly baseline: { readonly id: string; readonly name: string; readonly startsAt: string } };

import type { ReportDiff } from '../domain/report/diff-reports';
import type { FrozenReport, FrozenReportSummary } from '../domain/report/frozen-report';

/** The frozen copies of one macro's report that the reader may open, newest first. */
export interface FrozenReportListDto {
  readonly reports: readonly FrozenReportSummary[];
}

/** One frozen copy, exactly as published, with what changed since in the live report. */
export interface FrozenReportDto {
  readonly frozen: FrozenReport;
  /** Null when the live report can no longer be built the same way (its baseline was deleted). */
  readonly diff: ReportDiff | null;
}

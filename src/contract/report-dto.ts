import type { ReportSectionName } from '../domain/report/report-section';
import type { StatusReport } from '../domain/report/status-report';

/** The status report for the calling viewer, with the sections the macro was set to show. */
export interface StatusReportDto {
  readonly report: StatusReport;
  readonly sections: readonly ReportSectionName[];
}

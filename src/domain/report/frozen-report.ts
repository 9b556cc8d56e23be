import type { Rag } from '../rag/rag';
import type { ReportPeriodRequest } from './report-period-request';
import type { ReportScope } from './report-scope';
import type { ReportSectionName } from './report-section';
import type { StatusReport } from './status-report';

/** What a frozen report was built for, so a later live view can be built the same way and compared. */
export interface FrozenReportRequest {
  readonly scope: ReportScope;
  readonly period: ReportPeriodRequest;
  readonly sections: readonly ReportSectionName[];
}

/** The short form of a frozen report that lists show. */
export interface FrozenReportSummary {
  readonly id: string;
  /** The macro (page) it was published from. */
  readonly macroId: string;
  readonly publishedAt: string;
  readonly publishedBy: { readonly accountId: string; readonly displayName: string };
  readonly title: string;
  readonly overall: Rag;
  /** The projects it shows: a reader must be able to browse all of them to open it. */
  readonly projectKeys: readonly string[];
}

/** A status report as it was published: immutable, dated, and naming who published it. */
export interface FrozenReport extends FrozenReportSummary {
  readonly request: FrozenReportRequest;
  readonly report: StatusReport;
}

import type { FrozenReport, FrozenReportRequest } from './frozen-report';
import type { StatusReport } from './status-report';

export interface FreezeReportInput {
  readonly id: string;
  readonly macroId: string;
  readonly publishedAt: string;
  readonly publishedBy: { readonly accountId: string; readonly displayName: string };
  readonly request: FrozenReportRequest;
  readonly report: StatusReport;
}

/**
 * A report made into a frozen record: the report as it stands, with when and by whom it was published and the
 * projects a reader must be able to browse to open it.
 *
 * @example
 * freezeReport({ id: 'f1', macroId: 'm', publishedAt: '2026-11-20T12:00:00.000Z', publishedBy, request, report }).projectKeys; // ['ALPHA', 'BETA']
 */
export function freezeReport(input: FreezeReportInput): FrozenReport {
  return {
    id: input.id,
    macroId: input.macroId,
    publishedAt: input.publishedAt,
    publishedBy: input.publishedBy,
    title: input.report.title,
    overall: input.report.headline.overall,
    // The intake section shows proposals and capacity of projects outside the scope's list: a reader needs them too.
    projectKeys: [...new Set([...input.report.projects.map((project) => project.key), ...(input.report.intake?.projectKeys ?? [])])],
    request: input.request,
    report: input.report,
  };
}

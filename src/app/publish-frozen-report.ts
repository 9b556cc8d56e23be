import type { FrozenReportRequest, FrozenReportSummary } from '../domain/report/frozen-report';
import { freezeReport } from '../domain/report/freeze-report';
import type { FrozenReportStore } from '../ports/frozen-report-store';
import { loadStatusReport, type LoadStatusReportPorts } from './load-status-report';

/** Forge keeps at most 240 KiB under one key; a frozen report stays well below, or sheds its trend histories. */
const MAX_FROZEN_BYTES = 200 * 1024;

/** A report too large to freeze even without its trend histories. */
export class FrozenReportTooLargeError extends Error {
  override readonly name = 'FrozenReportTooLargeError';
}

export interface PublishFrozenReportInput {
  readonly macroId: string;
  readonly request: FrozenReportRequest;
  readonly now: Date;
  readonly newId: () => string;
}

/**
 * Publishes the report as the caller sees it now as a frozen copy: built exactly as the live report, stamped with the
 * time and the caller's name (asked of Jira as the caller), and written once under a new id.
 */
export async function publishFrozenReport(
  ports: LoadStatusReportPorts & { readonly frozen: FrozenReportStore },
  input: PublishFrozenReportInput,
): Promise<FrozenReportSummary> {
  const [report, publisher] = await Promise.all([loadStatusReport(ports, input.request, input.now), ports.viewer.myself()]);
  const publishedAt = input.now.toISOString();
  let frozen = freezeReport({
    id: `${publishedAt}-${input.newId()}`,
    macroId: input.macroId,
    publishedAt,
    publishedBy: publisher,
    request: input.request,
    report,
  });
  if (JSON.stringify(frozen).length > MAX_FROZEN_BYTES) {
    frozen = { ...frozen, report: { ...report, projects: report.projects.map((project) => ({ ...project, history: [] })) } };
  }
  if (JSON.stringify(frozen).length > MAX_FROZEN_BYTES)
    throw new FrozenReportTooLargeError('This report is too large to freeze; choose a narrower scope or fewer sections.');
  if (!(await ports.frozen.save(frozen))) throw new Error(`A frozen report with id ${frozen.id} already exists.`);
  return {
    id: frozen.id,
    macroId: frozen.macroId,
    publishedAt,
    publishedBy: frozen.publishedBy,
    title: frozen.title,
    overall: frozen.overall,
    projectKeys: frozen.projectKeys,
  };
}

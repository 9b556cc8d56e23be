import { diffReports, type ReportDiff } from '../domain/report/diff-reports';
import type { FrozenReport } from '../domain/report/frozen-report';
import type { FrozenReportStore } from '../ports/frozen-report-store';
import { loadStatusReport, type LoadStatusReportPorts } from './load-status-report';

export interface OpenedFrozenReport {
  readonly frozen: FrozenReport;
  /** What changed since, against the live report built the same way for the same reader. */
  readonly diff: ReportDiff;
}

/**
 * One frozen report with what changed since; null when it does not exist or shows a project the reader may not
 * browse (the two are not told apart, so a refusal reveals nothing).
 */
export async function openFrozenReport(ports: LoadStatusReportPorts & { readonly frozen: FrozenReportStore }, macroId: string, id: string, now: Date): Promise<OpenedFrozenReport | null> {
  const [frozen, browsable] = await Promise.all([ports.frozen.load(macroId, id), ports.viewer.browsableProjects()]);
  const keys = new Set(browsable.map((project) => project.key));
  if (frozen === null || !frozen.projectKeys.every((key) => keys.has(key))) return null;
  const live = await loadStatusReport(ports, frozen.request, now);
  return { frozen, diff: diffReports(frozen.report, live) };
}

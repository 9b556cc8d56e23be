import { diffReports, type ReportDiff } from '../domain/report/diff-reports';
import type { FrozenReport } from '../domain/report/frozen-report';
import type { FrozenReportStore } from '../ports/frozen-report-store';
import { BaselineNotFoundError } from './baseline/baseline-not-found-error';
import { loadStatusReport, type LoadStatusReportPorts } from './load-status-report';

export interface OpenedFrozenReport {
  readonly frozen: FrozenReport;
  /** What changed since, against the live report built the same way for the same reader; null when it cannot be built (its baseline was deleted). */
  readonly diff: ReportDiff | null;
}

/**
 * One frozen report with what changed since; null when it does not exist or shows a project the reader may not
 * browse (the two are not told apart, so a refusal reveals nothing).
 */
export async function openFrozenReport(
  ports: LoadStatusReportPorts & { readonly frozen: FrozenReportStore },
  macroId: string,
  id: string,
  now: Date,
): Promise<OpenedFrozenReport | null> {
  const [frozen, browsable] = await Promise.all([ports.frozen.load(macroId, id), ports.viewer.browsableProjects()]);
  const keys = new Set(browsable.map((project) => project.key));
  if (frozen === null || !frozen.projectKeys.every((key) => keys.has(key))) return null;
  try {
    const live = await loadStatusReport(ports, frozen.request, now);
    return { frozen, diff: diffReports(frozen.report, live) };
  } catch (error) {
    // The copy stays readable as published even when the live report it is compared with can no longer be built.
    if (error instanceof BaselineNotFoundError) return { frozen, diff: null };
    throw error;
  }
}

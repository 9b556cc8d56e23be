import type { FrozenReportSummary } from '../domain/report/frozen-report';
import type { FrozenReportStore } from '../ports/frozen-report-store';
import type { ViewerDirectory } from '../ports/viewer-directory';

/**
 * The frozen reports of one macro that the reader may open: those showing only projects the reader may browse (asked
 * of Jira as the reader), so a copy published by someone who sees more never reaches someone who sees less.
 */
export async function listFrozenReports(
  ports: { readonly viewer: ViewerDirectory; readonly frozen: FrozenReportStore },
  macroId: string,
): Promise<FrozenReportSummary[]> {
  const [browsable, summaries] = await Promise.all([ports.viewer.browsableProjects(), ports.frozen.list(macroId)]);
  const keys = new Set(browsable.map((project) => project.key));
  return summaries.filter((summary) => summary.projectKeys.every((key) => keys.has(key)));
}

import type { Envelope } from '../contract/envelope';
import type { FrozenReportListDto } from '../contract/report-frozen-dto';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createFrozenReportStore } from '../adapters/kvs/create-frozen-report-store';
import { listFrozenReports } from '../app/list-frozen-reports';
import { macroIdOf } from './macro-id-of';
import { toErrorEnvelope } from './to-error-envelope';

/** listFrozenReports: the frozen copies of this macro's report that the caller may open, newest first. */
export async function listFrozenReportsResolver(request: { context: unknown }): Promise<Envelope<FrozenReportListDto>> {
  try {
    const reports = await listFrozenReports({ viewer: createViewerDirectory(createResolverJiraClient()), frozen: createFrozenReportStore() }, macroIdOf(request.context));
    return { ok: true, data: { reports } };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}

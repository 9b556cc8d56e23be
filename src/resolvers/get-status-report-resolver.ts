import type { Envelope } from '../contract/envelope';
import type { StatusReportDto } from '../contract/report-dto';
import { createReportJira } from '../adapters/jira/create-report-jira';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createBaselineStore } from '../adapters/kvs/create-baseline-store';
import { createShownGovernanceStore } from './create-shown-governance-store';
import { loadStatusReport } from '../app/load-status-report';
import { reportSectionNames } from '../domain/report/report-section';
import { statusReportPayloadSchema, toPeriodRequest } from './status-report-payload-schema';
import { BaselineNotFoundError } from '../app/baseline/baseline-not-found-error';
import { toErrorEnvelope } from './to-error-envelope';

/**
 * getStatusReport: the executive status report for the calling user, from stored roll-ups and work items filtered to
 * the projects they may browse, with due date history read from Jira as them.
 */
export async function getStatusReportResolver(request: { payload: unknown }): Promise<Envelope<StatusReportDto>> {
  try {
    const payload = statusReportPayloadSchema.parse(request.payload);
    const client = createResolverJiraClient();
    const report = await loadStatusReport(
      { viewer: createViewerDirectory(client), store: createShownGovernanceStore(), jira: createReportJira(client), baselines: createBaselineStore() },
      { scope: payload.scope, period: toPeriodRequest(payload.period) },
      new Date(),
    );
    return { ok: true, data: { report, sections: payload.sections ?? [...reportSectionNames] } };
  } catch (error) {
    if (error instanceof BaselineNotFoundError) return { ok: false, error: { code: 'NOT_FOUND', message: error.message } };
    return toErrorEnvelope(error);
  }
}

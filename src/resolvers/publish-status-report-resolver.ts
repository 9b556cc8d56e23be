import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import type { FrozenReportSummary } from '../domain/report/frozen-report';
import { reportSectionNames } from '../domain/report/report-section';
import { createReportJira } from '../adapters/jira/create-report-jira';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createBaselineStore } from '../adapters/kvs/create-baseline-store';
import { createFrozenReportStore } from '../adapters/kvs/create-frozen-report-store';
import { createShownGovernanceStore } from './create-shown-governance-store';
import { FrozenReportTooLargeError, publishFrozenReport } from '../app/publish-frozen-report';
import { macroIdOf } from './macro-id-of';
import { ResolverFailure } from './resolver-failure';
import { statusReportPayloadSchema, toPeriodRequest } from './status-report-payload-schema';
import { BaselineNotFoundError } from '../app/baseline/baseline-not-found-error';
import { toErrorEnvelope } from './to-error-envelope';

const callerSchema = z.object({ accountId: z.string().min(1) });

/**
 * publishStatusReport: freezes the report as the caller sees it now (immutable, dated, naming the caller) under the
 * macro it was published from. Any signed-in reader may publish: the copy holds only what they could see, and it
 * is shown later only to readers who may browse every project in it.
 */
export async function publishStatusReportResolver(request: { payload: unknown; context: unknown }): Promise<Envelope<FrozenReportSummary>> {
  try {
    if (!callerSchema.safeParse(request.context).success) throw new ResolverFailure('FORBIDDEN', 'Publishing a frozen report needs a signed-in user.');
    const payload = statusReportPayloadSchema.parse(request.payload);
    const client = createResolverJiraClient();
    const data = await publishFrozenReport(
      { viewer: createViewerDirectory(client), store: createShownGovernanceStore(), jira: createReportJira(client), baselines: createBaselineStore(), frozen: createFrozenReportStore() },
      {
        macroId: macroIdOf(request.context),
        request: { scope: payload.scope, period: toPeriodRequest(payload.period), sections: payload.sections ?? [...reportSectionNames] },
        now: new Date(),
        newId: () => randomUUID().slice(0, 8),
      },
    );
    return { ok: true, data };
  } catch (error) {
    if (error instanceof BaselineNotFoundError) return { ok: false, error: { code: 'NOT_FOUND', message: error.message } };
    if (error instanceof FrozenReportTooLargeError) return { ok: false, error: { code: 'BAD_REQUEST', message: error.message } };
    return toErrorEnvelope(error);
  }
}

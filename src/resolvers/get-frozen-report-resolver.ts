import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import type { FrozenReportDto } from '../contract/report-frozen-dto';
import { createReportJira } from '../adapters/jira/create-report-jira';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createBaselineStore } from '../adapters/kvs/create-baseline-store';
import { createFrozenReportStore } from '../adapters/kvs/create-frozen-report-store';
import { createShownGovernanceStore } from './create-shown-governance-store';
import { openFrozenReport } from '../app/open-frozen-report';
import { macroIdOf } from './macro-id-of';
import { ResolverFailure } from './resolver-failure';
import { toErrorEnvelope } from './to-error-envelope';

const payloadSchema = z.object({ id: z.string().regex(/^[0-9T:.Z-]+-[0-9a-f]{8}$/, 'must be a frozen report id') });

/** getFrozenReport: one frozen copy exactly as published, with what changed since in the caller's live report. */
export async function getFrozenReportResolver(request: { payload: unknown; context: unknown }): Promise<Envelope<FrozenReportDto>> {
  try {
    const { id } = payloadSchema.parse(request.payload);
    const client = createResolverJiraClient();
    const data = await openFrozenReport({ viewer: createViewerDirectory(client), store: createShownGovernanceStore(), jira: createReportJira(client), baselines: createBaselineStore(), frozen: createFrozenReportStore() }, macroIdOf(request.context), id, new Date());
    if (data === null) throw new ResolverFailure('NOT_FOUND', 'No such frozen report, or it shows projects you may not browse.');
    return { ok: true, data };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}

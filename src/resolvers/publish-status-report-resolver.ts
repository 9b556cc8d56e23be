import { publishFrozenReport } from '../app/publish-frozen-report';
import { reportSectionNames } from '../domain/report/report-section';
import { defineResolver } from './define-resolver';
import { reportIntakePortsOf } from './report-intake-ports-of';
import { statusReportPayloadSchema, toPeriodRequest } from './status-report-payload-schema';

/**
 * publishStatusReport: freezes the report as the caller sees it now (immutable, dated, naming the caller) under the
 * macro it was published from. Any signed-in reader may publish: the copy holds only what they could see, and it
 * is shown later only to readers who may browse every project in it.
 */
export const publishStatusReportResolver = defineResolver({
  payload: statusReportPayloadSchema,
  permission: 'signed-in',
  refusal: 'Publishing a frozen report needs a signed-in user.',
  run: (deps, payload) =>
    publishFrozenReport(
      {
        viewer: deps.viewer,
        rollups: deps.shownRollups,
        workItems: deps.workItems,
        snapshots: deps.snapshots,
        jira: deps.reportJira,
        baselines: deps.baselines,
        changeControl: deps.changeControl,
        intake: reportIntakePortsOf(deps),
        frozen: deps.frozen,
      },
      {
        macroId: deps.macroId,
        request: { scope: payload.scope, period: toPeriodRequest(payload.period), sections: payload.sections ?? [...reportSectionNames] },
        now: deps.now(),
        newId: deps.newSuffix,
      },
    ),
});

import { loadStatusReport } from '../app/load-status-report';
import { reportSectionNames } from '../domain/report/report-section';
import { defineResolver } from './define-resolver';
import { reportIntakePortsOf } from './report-intake-ports-of';
import { statusReportPayloadSchema, toPeriodRequest } from './status-report-payload-schema';

/**
 * getStatusReport: the executive status report for the calling user, from stored roll-ups and work items filtered to
 * the projects they may browse, with due date history read from Jira as them.
 */
export const getStatusReportResolver = defineResolver({
  payload: statusReportPayloadSchema,
  permission: 'anyone',
  run: async (deps, payload) => {
    const report = await loadStatusReport(
      {
        viewer: deps.viewer,
        rollups: deps.shownRollups,
        workItems: deps.workItems,
        snapshots: deps.snapshots,
        jira: deps.reportJira,
        baselines: deps.baselines,
        changeControl: deps.changeControl,
        intake: reportIntakePortsOf(deps),
      },
      { scope: payload.scope, period: toPeriodRequest(payload.period) },
      deps.now(),
    );
    return { report, sections: payload.sections ?? [...reportSectionNames] };
  },
});

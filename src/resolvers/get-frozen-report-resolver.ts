import { z } from 'zod';
import { openFrozenReport } from '../app/open-frozen-report';
import { defineResolver } from './define-resolver';
import { reportIntakePortsOf } from './report-intake-ports-of';
import { ResolverFailure } from './resolver-failure';

/** getFrozenReport: one frozen copy exactly as published, with what changed since in the caller's live report. */
export const getFrozenReportResolver = defineResolver({
  payload: z.object({ id: z.string().regex(/^[0-9T:.Z-]+-[0-9a-f]{8}$/, 'must be a frozen report id') }),
  permission: 'anyone',
  run: async (deps, { id }) => {
    const data = await openFrozenReport(
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
      deps.macroId,
      id,
      deps.now(),
    );
    if (data === null) throw new ResolverFailure('NOT_FOUND', 'No such frozen report, or it shows projects you may not browse.');
    return data;
  },
});

import { z } from 'zod';
import { loadPortfolio } from '../app/load-portfolio';
import { instantOf, utcDayOf } from '../domain/time';
import { defineResolver } from './define-resolver';

/** getPortfolio: the roll-up from stored snapshots, filtered to the projects the viewer may browse (asked as the user). */
export const getPortfolioResolver = defineResolver({
  payload: z.unknown(),
  permission: 'anyone',
  run: (deps) =>
    loadPortfolio(
      {
        viewer: deps.viewer,
        rollups: deps.shownRollups,
        snapshots: deps.snapshots,
        pendingChanges: deps.pendingChanges,
        refreshRequestedAt: () => deps.refreshRequests.load(),
        readingStatus: deps.readingStatus,
      },
      utcDayOf(instantOf(deps.now())),
    ),
});

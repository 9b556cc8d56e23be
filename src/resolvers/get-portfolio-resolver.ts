import { z } from 'zod';
import { loadPortfolioIntake } from '../app/intake/load-portfolio-intake';
import { loadPortfolio } from '../app/load-portfolio';
import { instantOf, utcDayOf } from '../domain/time';
import { defineResolver } from './define-resolver';

/** getPortfolio: the roll-up from stored snapshots, filtered to the projects the viewer may browse (asked as the user), intake projects left out and each project's delivered proposals named. */
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
        intake: (visible) => loadPortfolioIntake(deps.intake, visible),
      },
      utcDayOf(instantOf(deps.now())),
    ),
});

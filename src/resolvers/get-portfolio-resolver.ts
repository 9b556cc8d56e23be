import { z } from 'zod';
import { loadPortfolio } from '../app/load-portfolio';
import { defineResolver } from './define-resolver';

/** getPortfolio: the roll-up from stored snapshots, filtered to the projects the viewer may browse (asked as the user). */
export const getPortfolioResolver = defineResolver({
  payload: z.unknown(),
  permission: 'anyone',
  run: (deps) =>
    loadPortfolio(
      { viewer: deps.viewer, store: deps.shownStore, refreshRequestedAt: () => deps.refreshRequests.load(), readingStatus: deps.readingStatus },
      deps.now().toISOString().slice(0, 10),
    ),
});

import { z } from 'zod';
import { requestRefresh } from '../app/request-refresh';
import { defineResolver } from './define-resolver';

/** requestRefresh: queue a full refresh of every project (as the app); the page then polls getPortfolio for progress. */
export const requestRefreshResolver = defineResolver({
  payload: z.unknown(),
  permission: 'anyone',
  run: (deps) =>
    requestRefresh({ requests: deps.refreshRequests, queueFullRefresh: (requestedAt) => deps.queueFullRefresh('manual', requestedAt), now: deps.now }),
});

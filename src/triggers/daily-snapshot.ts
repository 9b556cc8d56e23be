import { pushRefreshJobs } from '../adapters/events/refresh-queue';

/** Makes the daily scheduled trigger on `now`: it queues the daily refresh, which keeps a dated snapshot for trends. */
export function createDailySnapshot(now: () => Date): () => Promise<void> {
  return async () => {
    await pushRefreshJobs([{ kind: 'full', reason: 'daily', requestedAt: now().toISOString() }]);
  };
}

/** The daily scheduled trigger Forge runs, on Forge's clock. */
export const dailySnapshot = createDailySnapshot(() => new Date());

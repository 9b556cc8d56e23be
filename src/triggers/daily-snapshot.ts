import { pushRefreshJobs } from '../adapters/events/refresh-queue';

/** The daily scheduled trigger: queue a full refresh, which keeps a dated snapshot for trends. */
export async function dailySnapshot(): Promise<void> {
  await pushRefreshJobs([{ kind: 'full', reason: 'daily', requestedAt: new Date().toISOString() }]);
}

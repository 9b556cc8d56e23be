import { pushRefreshJobs, type RefreshJobBody } from '../adapters/events/refresh-queue';
import { refreshThrottleStore } from '../adapters/kvs/refresh-throttle-store';

/** Re-queues a job for when the points budget frees (or Jira's quota resets), and says so for the pages. */
export async function deferRefreshJob(body: RefreshJobBody, resumeAtMs: number, now: () => Date, reason: 'budget' | 'jira-quota'): Promise<void> {
  const at = now();
  await refreshThrottleStore.save({ at: at.toISOString(), resumesAt: new Date(Math.max(resumeAtMs, at.getTime())).toISOString(), reason });
  await pushRefreshJobs([body], Math.max(1, (resumeAtMs - at.getTime()) / 1000));
}

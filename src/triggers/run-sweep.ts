import { pushRefreshJobs, type RefreshJobBody } from '../adapters/events/refresh-queue';
import { createFieldMappingStore } from '../adapters/kvs/create-field-mapping-store';
import { pendingChangeStore } from '../adapters/kvs/pending-change-store';
import { sweepScheduleStore } from '../adapters/kvs/sweep-schedule-store';
import { sweepChanges } from '../app/sweep-changes';
import type { RefreshProjectDeps } from '../app/refresh-project';
import { deferRefreshJob } from './defer-refresh-job';
import { fieldMappingFor } from './field-mapping-for';
import { queueDailyRecompute } from './queue-daily-recompute';
import { scheduleSweep } from './schedule-sweep';

type SweepBody = Extract<RefreshJobBody, { kind: 'sweep' }>;

/**
 * Runs a queued sweep: only the one whose due time is stored (a sweep queued for later that an earlier one replaced
 * stops here), and not before it is due (Forge delays a job by at most 15 minutes, so a sweep hours away hops). It
 * reads and merges what changed (sweepChanges), queues project jobs for projects it had no time to merge, waits for
 * the budget when it ran out, and queues the next sweep for changes announced meanwhile. A daily sweep then queues the
 * day's re-computation of every project.
 */
export async function runSweep(body: SweepBody, deps: RefreshProjectDeps, resumeAtMs: () => number): Promise<void> {
  const now = deps.now();
  if ((await sweepScheduleStore.due.load()) !== body.dueAt) return;
  const waitMs = Date.parse(body.dueAt) - now.getTime();
  if (waitMs > 0) {
    await pushRefreshJobs([body], waitMs / 1000);
    return;
  }
  const mapping = await fieldMappingFor(deps.jira, createFieldMappingStore());
  const outcome = await sweepChanges({ ...deps, pending: pendingChangeStore, cursor: sweepScheduleStore.cursor, mapping });
  const requestedAt = now.toISOString();
  // A job carries at most 50 deletions; the daily count finds any more (they are rare: a bulk delete mid-sweep).
  await pushRefreshJobs(
    outcome.projectsLeft.map(({ projectKey, removedIssueIds }) => ({
      kind: 'project' as const,
      projectKey,
      mode: 'incremental' as const,
      requestedAt,
      removedIssueIds: removedIssueIds.slice(0, 50),
    })),
  );
  if (outcome.status === 'paused') {
    // The same sweep comes back when the budget frees, and reads on from where this one stopped.
    const dueAt = new Date(Math.max(resumeAtMs(), deps.now().getTime())).toISOString();
    await sweepScheduleStore.due.save(dueAt);
    await deferRefreshJob({ ...body, dueAt }, Date.parse(dueAt), deps.now, 'budget');
    return;
  }
  await sweepScheduleStore.due.clear();
  if (body.daily === true) await queueDailyRecompute(deps.jira, deps.rollups, outcome.projectsMerged, requestedAt);
  await scheduleSweep(deps.now());
}

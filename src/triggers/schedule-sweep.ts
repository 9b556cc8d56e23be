import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import { pendingChangeStore } from '../adapters/kvs/pending-change-store';
import { sweepScheduleStore } from '../adapters/kvs/sweep-schedule-store';
import { nextSweepDue } from '../domain/refresh/next-sweep-due';
import { SWEEP_TIMING } from '../domain/refresh/sweep-timing';

/**
 * Makes sure a sweep is queued for the pending changes, as soon as nextSweepDue says: a full batch once its newest
 * change has settled, fewer after the oldest has waited its longest. One sweep is due at a time; queuing an earlier
 * one replaces the later (which, finding another due time stored, stops when its turn comes).
 */
export async function scheduleSweep(now: Date): Promise<void> {
  const pending = await pendingChangeStore.first(SWEEP_TIMING.batchSize);
  if (pending.length === 0) return;
  const times = pending.map((change) => Date.parse(change.at));
  const scheduled = await sweepScheduleStore.due.load();
  const due = nextSweepDue(
    { count: pending.length, oldestAtMs: Math.min(...times), newestAtMs: Math.max(...times, now.getTime()) },
    scheduled === null ? null : Date.parse(scheduled),
    now.getTime(),
  );
  if (due === null) return;
  const dueAt = new Date(due).toISOString();
  await sweepScheduleStore.due.save(dueAt);
  await pushRefreshJobs([{ kind: 'sweep', dueAt }], (due - now.getTime()) / 1000);
}

import { SWEEP_TIMING } from './sweep-timing';

/** The issue changes waiting for a sweep, by when their events arrived (epoch milliseconds). */
export interface PendingChanges {
  readonly count: number;
  readonly oldestAtMs: number;
  readonly newestAtMs: number;
}

const MINUTE_MS = 60_000;

/**
 * The earliest instant a sweep reads a change whose event arrived at `atMs`: JQL compares dates to the minute, and a
 * sweep reads up to the start of the minute `settleMs` before it runs, so the change's minute must have ended by then.
 */
function settledAtMs(atMs: number): number {
  return Math.floor(atMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS + SWEEP_TIMING.settleMs;
}

/**
 * When the next sweep should run for the pending changes, or null when the one already scheduled (due at
 * `scheduledMs`) serves: a full batch is read as soon as its newest change has settled, fewer changes wait up to
 * `maxWaitMs` from the oldest. A schedule more than `lostAfterMs` overdue is taken as lost and replaced.
 *
 * @example
 * const at = Date.parse('2026-12-03T10:00:30Z');
 * new Date(nextSweepDue({ count: 1, oldestAtMs: at, newestAtMs: at }, null, at) ?? 0).toISOString(); // '2026-12-03T13:00:30.000Z'
 * new Date(nextSweepDue({ count: 5, oldestAtMs: at, newestAtMs: at }, null, at) ?? 0).toISOString(); // '2026-12-03T10:06:00.000Z'
 * nextSweepDue({ count: 1, oldestAtMs: at, newestAtMs: at }, at + 60_000, at); // null (an earlier sweep is scheduled)
 */
export function nextSweepDue(pending: PendingChanges, scheduledMs: number | null, nowMs: number): number | null {
  if (pending.count === 0) return null;
  const wanted =
    pending.count >= SWEEP_TIMING.batchSize
      ? settledAtMs(pending.newestAtMs)
      : Math.max(settledAtMs(pending.oldestAtMs), pending.oldestAtMs + SWEEP_TIMING.maxWaitMs);
  const due = Math.max(wanted, nowMs);
  const scheduledServes = scheduledMs !== null && scheduledMs <= due && scheduledMs >= nowMs - SWEEP_TIMING.lostAfterMs;
  return scheduledServes ? null : due;
}

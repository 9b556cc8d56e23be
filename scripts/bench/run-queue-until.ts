import type { SimulatedClock } from '../../local/forge-runtime/create-simulated-clock';
import type { SimulatedQueue } from '../../local/forge-runtime/create-simulated-queue';

/**
 * Runs every queued job falling due up to `untilMs` at its own time, then leaves the clock at `untilMs`: simulated
 * time passes as it would, with deferred jobs running when they come due rather than all at the end.
 */
export async function runQueueUntil(queue: SimulatedQueue, clock: SimulatedClock, untilMs: number): Promise<void> {
  await queue.runDue();
  for (let due = queue.nextDueAt(); due !== null && due <= untilMs; due = queue.nextDueAt()) {
    clock.advanceTo(due);
    await queue.runDue();
  }
  clock.advanceTo(untilMs);
}

import { randomUUID } from 'node:crypto';
import type { QueuedEvent } from './forge-runtime-targets';
import type { ConsumerDelivery, ConsumerEvent, LocalQueue } from './local-queue';
import type { SimulatedClock } from './create-simulated-clock';

/** A queue on simulated time: run what is due, and step the clock to the next event when nothing is. */
export interface SimulatedQueue extends LocalQueue {
  /** Runs every event due now (and those they push that are due now), one at a time, without moving the clock. */
  runDue(): Promise<void>;
  /** When the next waiting event is due, or null when none waits. */
  nextDueAt(): number | null;
}

interface Scheduled {
  readonly event: ConsumerEvent;
  readonly dueAt: number;
  readonly order: number;
}

/** Forge retries a failed async event; so does this queue, a bounded number of times. */
const MAX_RETRIES = 3;

/**
 * Delivers queued events on a simulated clock, one at a time in the order they fall due (push order among equals):
 * `drain()` runs everything, moving the clock to each delayed event's time, so a refresh that waits hours for its
 * points budget finishes in moments and every part of the app sees the same simulated time. Concurrency keys need no
 * handling: one event runs at a time.
 */
export function createSimulatedQueue(deliver: ConsumerDelivery, clock: SimulatedClock): SimulatedQueue {
  const waiting: Scheduled[] = [];
  const failures: { event: ConsumerEvent; message: string }[] = [];
  let order = 0;

  const runOne = async (scheduled: Scheduled): Promise<void> => {
    for (let retry = 0; ; retry += 1) {
      try {
        await deliver(retry === 0 ? scheduled.event : { ...scheduled.event, retryContext: { retryCount: retry, retryReason: 'FUNCTION_ERROR' } });
        return;
      } catch (error) {
        if (retry >= MAX_RETRIES) {
          failures.push({ event: scheduled.event, message: error instanceof Error ? error.message : String(error) });
          return;
        }
      }
    }
  };

  const takeNext = (dueBy: number): Scheduled | null => {
    let best = -1;
    waiting.forEach((s, i) => {
      const current = waiting[best];
      if (s.dueAt <= dueBy && (current === undefined || s.dueAt < current.dueAt || (s.dueAt === current.dueAt && s.order < current.order))) best = i;
    });
    return best < 0 ? null : (waiting.splice(best, 1)[0] ?? null);
  };

  const runDue = async (): Promise<void> => {
    for (let next = takeNext(clock.now().getTime()); next !== null; next = takeNext(clock.now().getTime())) await runOne(next);
  };

  const nextDueAt = (): number | null => (waiting.length === 0 ? null : Math.min(...waiting.map((s) => s.dueAt)));

  return {
    push(queueName, events: readonly QueuedEvent[], jobId) {
      for (const queued of events) {
        order += 1;
        waiting.push({
          event: { queueName, jobId, eventId: randomUUID(), body: queued.body },
          dueAt: clock.now().getTime() + (queued.delayInSeconds ?? 0) * 1000,
          order,
        });
      }
      return Promise.resolve();
    },
    async drain() {
      await runDue();
      for (let due = nextDueAt(); due !== null; due = nextDueAt()) {
        clock.advanceTo(due);
        await runDue();
      }
    },
    runDue,
    nextDueAt,
    failures,
  };
}

import { randomUUID } from 'node:crypto';
import type { QueuedEvent } from './forge-runtime-targets';

/** The event a Forge queue consumer receives. */
export interface ConsumerEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly eventId: string;
  readonly body: Record<string, unknown>;
  readonly retryContext?: { retryCount: number; retryReason: string };
}

export type ConsumerDelivery = (event: ConsumerEvent) => Promise<void>;

export interface LocalQueue {
  push(queueName: string, events: readonly QueuedEvent[], jobId: string): Promise<void>;
  /** Resolves once every pushed event (and every event those pushed in turn) has been consumed. */
  drain(): Promise<void>;
  /** Events whose consumer threw after every retry, with the error's message. */
  readonly failures: readonly { event: ConsumerEvent; message: string }[];
}

/** Forge retries a failed async event; the local queue does the same, a bounded number of times. */
const MAX_RETRIES = 3;

/**
 * Delivers pushed events to the consumer asynchronously, after their delay, as Forge's async events do:
 * the push returns at once and the consumer runs as a separate invocation. Events pushed with a concurrency key run
 * at most `limit` at a time; the others wait, in the order they became due.
 */
export function createLocalQueue(deliver: ConsumerDelivery, options: { delayScale?: number } = {}): LocalQueue {
  const pending = new Set<Promise<void>>();
  const failures: { event: ConsumerEvent; message: string }[] = [];
  // Delays are honoured in real time, as Forge does: the app delays only a job waiting for its points budget, and
  // running it early would only find the budget still spent. Tests that replay hours use the simulated queue.
  const delayScale = options.delayScale ?? 1;
  const running = new Map<string, number>();
  const waiting = new Map<string, (() => void)[]>();

  /** Waits for a free place under the event's concurrency key; answers how to give it back. */
  const takePlace = async (concurrency: QueuedEvent['concurrency']): Promise<() => void> => {
    if (concurrency === undefined) return () => undefined;
    const { key, limit } = concurrency;
    if ((running.get(key) ?? 0) >= limit) {
      await new Promise<void>((resolve) => {
        waiting.set(key, [...(waiting.get(key) ?? []), resolve]);
      });
    } else {
      running.set(key, (running.get(key) ?? 0) + 1);
    }
    return () => {
      const [next, ...rest] = waiting.get(key) ?? [];
      waiting.set(key, rest);
      // The place passes straight to the next waiting event; with none waiting it is freed.
      if (next === undefined) running.set(key, (running.get(key) ?? 1) - 1);
      else next();
    };
  };

  const attempt = async (event: ConsumerEvent, retryCount: number): Promise<void> => {
    try {
      await deliver(retryCount === 0 ? event : { ...event, retryContext: { retryCount, retryReason: 'FUNCTION_ERROR' } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (retryCount < MAX_RETRIES) {
        await attempt(event, retryCount + 1);
        return;
      }
      failures.push({ event, message });
    }
  };

  const schedule = (event: ConsumerEvent, delaySeconds: number, concurrency: QueuedEvent['concurrency']): void => {
    const run = new Promise<void>((resolve) => {
      setTimeout(
        () => {
          void takePlace(concurrency)
            .then((release) => attempt(event, 0).finally(release))
            .finally(resolve);
        },
        delaySeconds * 1000 * delayScale,
      );
    });
    pending.add(run);
    void run.finally(() => pending.delete(run));
  };

  return {
    push(queueName, events, jobId) {
      for (const queued of events) {
        schedule({ queueName, jobId, eventId: randomUUID(), body: queued.body }, queued.delayInSeconds ?? 0, queued.concurrency);
      }
      return Promise.resolve();
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    failures,
  };
}

import { createLocalQueue, type ConsumerEvent } from '../../../local/forge-runtime/local-queue';

/** A consumer that records how many deliveries overlap, each taking a few event-loop turns. */
function overlapMeter(): { deliver: (event: ConsumerEvent) => Promise<void>; peak: () => number; delivered: () => string[] } {
  let now = 0;
  let peak = 0;
  const delivered: string[] = [];
  return {
    deliver: async (event) => {
      now += 1;
      peak = Math.max(peak, now);
      await new Promise((resolve) => setTimeout(resolve, 5));
      delivered.push(String(event.body.n));
      now -= 1;
    },
    peak: () => peak,
    delivered: () => delivered,
  };
}

const events = (count: number, concurrency?: { key: string; limit: number }) =>
  Array.from({ length: count }, (_, n) => (concurrency === undefined ? { body: { n } } : { body: { n }, concurrency }));

describe('the local queue', () => {
  it('runs events that share a concurrency key at most `limit` at a time, delivering every one', async () => {
    const meter = overlapMeter();
    const queue = createLocalQueue(meter.deliver);
    await queue.push('q', events(7, { key: 'refresh', limit: 2 }), 'job');
    await queue.drain();
    expect([meter.peak(), [...meter.delivered()].sort()]).toEqual([2, ['0', '1', '2', '3', '4', '5', '6']]);
  });

  it('runs events without a concurrency key all at once', async () => {
    const meter = overlapMeter();
    const queue = createLocalQueue(meter.deliver);
    await queue.push('q', events(5), 'job');
    await queue.drain();
    expect(meter.peak()).toBe(5);
  });

  it('frees the place of an event whose consumer fails', async () => {
    const delivered: unknown[] = [];
    const queue = createLocalQueue(async (event) => {
      await Promise.resolve();
      if (event.body.n === 0) throw new Error('boom');
      delivered.push(event.body.n);
    });
    await queue.push('q', events(3, { key: 'k', limit: 1 }), 'job');
    await queue.drain();
    expect([delivered.sort(), queue.failures.map((f) => f.event.body.n)]).toEqual([[1, 2], [0]]);
  });
});

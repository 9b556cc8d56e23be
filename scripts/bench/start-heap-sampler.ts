/** A running sampler of the heap in use. */
export interface HeapSampler {
  /** Stops sampling and answers the highest `heapUsed` seen, in bytes. */
  stop(): number;
}

/**
 * Samples `process.memoryUsage().heapUsed` every `everyMs` (50 ms by default) until stopped. Samples land only
 * between tasks, so a long synchronous stretch shows as the heap around it; the first and last samples are taken
 * on start and on stop.
 */
export function startHeapSampler(everyMs = 50): HeapSampler {
  let peak = process.memoryUsage().heapUsed;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

import type { FaultOptions } from './fault-options';
import { mulberry32 } from './mulberry32';

/** What happens to one request before the fake looks at it. */
export type Fault =
  { kind: 'none' } | { kind: 'rate-limit'; retryAfterSeconds: number } | { kind: 'server-error'; status: 500 | 502 | 503 } | { kind: 'connection-reset' };

export interface FaultInjector {
  /** Real delay to add to every request. */
  readonly latencyMs: number;
  /** Draws the fault of the next request. */
  next(): Fault;
}

const DEFAULT_SEED = 0x5eed;
const SERVER_ERROR_STATUSES = [500, 502, 503] as const;

/**
 * Decides, request by request, which fault to inject. Every call draws the same number of values from the seeded
 * generator whatever the rates, so changing one rate does not reshuffle the other faults of a run.
 *
 * @example
 * const faults = createFaultInjector({ rateLimitRate: 1, retryAfterSeconds: 2 });
 * faults.next(); // { kind: 'rate-limit', retryAfterSeconds: 2 }
 */
export function createFaultInjector(options: FaultOptions = {}): FaultInjector {
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const resetRate = options.connectionResetRate ?? 0;
  const rateLimitRate = options.rateLimitRate ?? 0;
  const serverErrorRate = options.serverErrorRate ?? 0;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  return {
    latencyMs: options.latencyMs ?? 0,
    next(): Fault {
      const resetDraw = random();
      const rateLimitDraw = random();
      const serverErrorDraw = random();
      const statusDraw = random();
      if (resetDraw < resetRate) return { kind: 'connection-reset' };
      if (rateLimitDraw < rateLimitRate) return { kind: 'rate-limit', retryAfterSeconds };
      if (serverErrorDraw < serverErrorRate) {
        const status = SERVER_ERROR_STATUSES[Math.floor(statusDraw * SERVER_ERROR_STATUSES.length)] ?? 500;
        return { kind: 'server-error', status };
      }
      return { kind: 'none' };
    },
  };
}

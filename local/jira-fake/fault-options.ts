/** Faults the fake injects, each drawn per request from a seeded generator so that a run repeats. */
export interface FaultOptions {
  /** Share of requests (0..1) answered 429 with Retry-After. */
  rateLimitRate?: number;
  /** Seconds announced in Retry-After on a 429; 1 unless set. */
  retryAfterSeconds?: number;
  /** Share of requests (0..1) answered 500, 502 or 503. */
  serverErrorRate?: number;
  /** Delay added to every request, in milliseconds of real time. */
  latencyMs?: number;
  /** Share of requests (0..1) whose connection is reset before any answer. */
  connectionResetRate?: number;
  /** Seed of the generator; the same seed and the same request sequence give the same faults. */
  seed?: number;
}

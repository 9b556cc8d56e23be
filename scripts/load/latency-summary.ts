/** Latency percentiles of a load run, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/**
 * Percentiles by the nearest-rank method: the value at rank ceil(p/100 * n) of the sorted samples.
 *
 * @example
 * summarizeLatencies([5, 1, 3, 2, 4]); // { count: 5, p50: 3, p95: 5, p99: 5, max: 5 }
 */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, p50: rank(50), p95: rank(95), p99: rank(99), max: sorted.at(-1) ?? 0 };
}

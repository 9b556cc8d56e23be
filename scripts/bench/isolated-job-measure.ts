import { z } from 'zod';

/**
 * The one JSON line the isolated project job prints: what one refresh invocation of one project cost in a process
 * of its own, with nothing else resident but the app and an in-memory KVS.
 */
export const isolatedJobMeasureSchema = z.object({
  projectKey: z.string(),
  /** Work items the job stored for the project: the issues it read. */
  issues: z.number().int(),
  /** The highest heap in use seen during the job (sampled every 20 ms). */
  peakHeapMB: z.number(),
  /** Peak minus the heap in use after a collection just before the job (the app loaded, nothing stored). */
  heapAddedMB: z.number(),
  /**
   * The heap still in use after the job and a collection, above the same base: mostly the in-memory KVS's copy of
   * what the job stored, which Forge would keep outside the function.
   */
  heapRetainedMB: z.number(),
  /** The process's peak resident set over its whole life (the operating system's count, not sampled). */
  peakRssMB: z.number(),
  /** Resident set just before the job. */
  baseRssMB: z.number(),
  wallS: z.number(),
  /** CPU of the child process during the job: the app alone, the Jira fake runs in the parent. */
  cpuMs: z.number(),
  /** Requests the job sent to Jira, counted at the child's fetch. */
  jiraRequests: z.number().int(),
  /** Queue deliveries the job took: more than one when it paused before Forge's time limit and re-queued itself. */
  invocations: z.number().int(),
});

export type IsolatedJobMeasure = z.infer<typeof isolatedJobMeasureSchema>;

/**
 * How hard the Jira client tries before giving up; bounded so no function outlives Forge's time limit. One type for
 * every caller: background jobs use `defaultJiraRetryPolicy`, UI resolvers `resolverJiraRetryPolicy`.
 */
export interface JiraRetryPolicy {
  readonly maxRetries: number;
  /** First back-off for 5xx and network faults; doubled on each further attempt. */
  readonly baseDelayMs: number;
  /** The longest the client will wait for one Retry-After; a longer one is treated as a failure. */
  readonly maxRetryAfterMs: number;
  /** The most one client sleeps in all, over every retry of every call it sends; a wait beyond it fails at once. */
  readonly waitBudgetMs: number;
  /** Time kept back before the invocation's deadline: a wait that would end inside it fails at once instead. */
  readonly deadlineReserveMs: number;
  /** What is left of the invocation's time, in milliseconds (Infinity where unknown). */
  readonly timeLeftMs: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** The background policy: a queue consumer has 900 s and stops between pages on its own clock, so only the per-wait cap applies. */
export const defaultJiraRetryPolicy: JiraRetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 250,
  maxRetryAfterMs: 30_000,
  waitBudgetMs: Number.POSITIVE_INFINITY,
  deadlineReserveMs: 0,
  timeLeftMs: () => Number.POSITIVE_INFINITY,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

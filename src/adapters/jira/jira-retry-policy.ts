/**
 * How hard the Jira client tries before giving up; bounded so no function outlives Forge's time limit. The two
 * policies the app uses are `jiraRetryPolicies.jobs` (queue consumers and triggers) and `jiraRetryPolicies.resolvers`
 * (UI resolvers, held to Forge's 25 s).
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

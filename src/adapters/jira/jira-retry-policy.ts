/** How hard the Jira client tries before giving up; bounded so no function outlives Forge's time limit. */
export interface JiraRetryPolicy {
  readonly maxRetries: number;
  /** First back-off for 5xx and network faults; doubled on each further attempt. */
  readonly baseDelayMs: number;
  /** The longest the client will wait for one Retry-After; a longer one is treated as a failure. */
  readonly maxRetryAfterMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const defaultJiraRetryPolicy: JiraRetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 250,
  maxRetryAfterMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

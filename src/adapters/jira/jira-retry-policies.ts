import { invocationTimeLeftMs } from './invocation-time-left-ms';
import type { JiraRetryPolicy } from './jira-retry-policy';

const jobs: JiraRetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 250,
  maxRetryAfterMs: 30_000,
  waitBudgetMs: Number.POSITIVE_INFINITY,
  deadlineReserveMs: 0,
  timeLeftMs: () => Number.POSITIVE_INFINITY,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The Jira client's retry policies, one per kind of caller:
 * - `jobs`: a queue consumer or trigger has 900 s and stops between pages on its own clock, so only the per-wait cap
 *   applies.
 * - `resolvers`: Forge stops a UI resolver after 25 s, so the same retries as jobs but at most 8 s of sleeping in all,
 *   and never a wait that ends less than 8 s before the deadline: a resolver throttled by Jira still answers
 *   (RATE_LIMITED, with when to try again) instead of being killed mid-wait.
 */
export const jiraRetryPolicies: { readonly jobs: JiraRetryPolicy; readonly resolvers: JiraRetryPolicy } = {
  jobs,
  resolvers: { ...jobs, waitBudgetMs: 8_000, deadlineReserveMs: 8_000, timeLeftMs: invocationTimeLeftMs },
};

import { invocationTimeLeftMs } from './invocation-time-left-ms';
import { defaultJiraRetryPolicy, type JiraRetryPolicy } from './jira-retry-policy';

/**
 * The policy for UI resolvers, which Forge stops after 25 s: the same retries as jobs, but at most 8 s of sleeping in
 * all, and never a wait that ends less than 8 s before the deadline, so a resolver throttled by Jira still answers
 * (RATE_LIMITED, with when to try again) instead of being killed mid-wait.
 */
export const resolverJiraRetryPolicy: JiraRetryPolicy = {
  ...defaultJiraRetryPolicy,
  waitBudgetMs: 8_000,
  deadlineReserveMs: 8_000,
  timeLeftMs: invocationTimeLeftMs,
};

import type { JiraRetryPolicy } from './jira-retry-policy';

/**
 * The wait to sleep before a retry, or null to give up at once: when the wait is longer than one Retry-After may be,
 * would take the client past its wait budget, or would end inside the reserve kept before the invocation's deadline.
 * `wantedMs` is what Retry-After or the back-off asks for, `spentMs` what the client has slept so far, `timeLeftMs`
 * what is left of the invocation.
 *
 * @example
 * const policy = { maxRetryAfterMs: 30_000, waitBudgetMs: 8_000, deadlineReserveMs: 8_000 };
 * planRetryWait({ wantedMs: 3_000, spentMs: 3_000, timeLeftMs: 20_000 }, policy); // => 3000
 * planRetryWait({ wantedMs: 3_000, spentMs: 6_000, timeLeftMs: 20_000 }, policy); // => null (over the 8 s budget)
 * planRetryWait({ wantedMs: 40_000, spentMs: 0, timeLeftMs: 25_000 }, policy); // => null
 */
export function planRetryWait(
  request: { readonly wantedMs: number; readonly spentMs: number; readonly timeLeftMs: number },
  policy: Pick<JiraRetryPolicy, 'maxRetryAfterMs' | 'waitBudgetMs' | 'deadlineReserveMs'>,
): number | null {
  const { wantedMs, spentMs, timeLeftMs } = request;
  if (wantedMs > policy.maxRetryAfterMs) return null;
  if (spentMs + wantedMs > policy.waitBudgetMs) return null;
  if (timeLeftMs - wantedMs < policy.deadlineReserveMs) return null;
  return wantedMs;
}

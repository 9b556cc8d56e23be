import type { QuotaReason } from './create-points-budget';
import type { FakeReply } from './fake-reply';
import { formatRateLimitReset } from './format-rate-limit-reset';
import { jiraError } from './jira-error';
import type { PointsOptions } from './points-options';
import { resolvePointsBudget } from './resolve-points-budget';

/** Why a request was refused, as Jira's RateLimit-Reason header names it. */
export type RateLimitReason = 'jira-burst-based' | QuotaReason;

/** Where the points stand: `points()` of the fake. */
export interface PointsStatus {
  /** The hourly quota of the budget (enforced or not). */
  readonly quota: number;
  /** Points charged in the rolling hour up to the fake's clock, by every fake that shares the budget. */
  readonly spentInWindow: number;
  /** quota − spentInWindow, at least 0. */
  readonly remaining: number;
  /** Points charged since the budget was created, by every fake that shares it. */
  readonly spentTotal: number;
  /** The RateLimit-Reason a refusal over this quota gives. */
  readonly reason: QuotaReason;
  /** Whether the quota refuses requests, or is only counted. */
  readonly enforced: boolean;
}

export type Admission = { readonly admitted: true } | { readonly admitted: false; readonly reason: RateLimitReason; readonly reply: FakeReply };

export interface RateLimiter {
  /** Admits a request to `endpoint` ("METHOD /path-template") at `at`, or refuses it with Jira's 429; refusals cost nothing. */
  admit(endpoint: string, at: Date): Admission;
  /** Charges an admitted, answered request; answers the rate-limit headers its response carries. */
  charge(endpoint: string, points: number, at: Date): Record<string, string>;
  status(at: Date): PointsStatus;
}

/** Jira flags a response once less than this share of any budget remains. */
const NEAR_LIMIT_SHARE = 0.2;

/**
 * The fake's rate limits: an hourly points quota (a budget, possibly shared with other fakes) and a burst limit per
 * endpoint and method, counted in whole seconds of the fake's clock. A request is refused when the points already in
 * the window have reached the quota: Jira cannot know a request's cost before answering it, so the request that
 * crosses the quota is answered and charged in full, and the next one is refused.
 *
 * @example
 * const limiter = createRateLimiter({ quota: 10 }, 5);
 * limiter.admit('GET /rest/api/3/myself', new Date()); // { admitted: true }
 */
export function createRateLimiter(options: PointsOptions | undefined, siteUsers: number): RateLimiter {
  const { budget, enforced } = resolvePointsBudget(options, siteUsers);
  const burstLimit = options?.burstPerSecond;
  const bursts = new Map<string, { second: number; count: number }>();

  // Jira's beta policy headers, on every answer while the quota is enforced.
  const quotaHeaders = (at: Date): Record<string, string> => {
    if (!enforced) return {};
    const remaining = Math.max(0, budget.quota - budget.spentInWindow(at));
    return {
      'Beta-RateLimit-Policy': `"${budget.policy}";q=${budget.quota};w=3600`,
      'Beta-RateLimit': `"${budget.policy}";r=${remaining};t=${budget.secondsUntilEmpty(at)}`,
      ...(remaining < NEAR_LIMIT_SHARE * budget.quota ? { 'X-RateLimit-NearLimit': 'true' } : {}),
    };
  };

  const refuse = (reason: RateLimitReason, at: Date, retryAfter: number, limit: number, remaining: number): Admission => ({
    admitted: false,
    reason,
    reply: jiraError(
      429,
      ['Rate limit exceeded.'],
      {},
      {
        ...quotaHeaders(at),
        'Retry-After': String(retryAfter),
        'RateLimit-Reason': reason,
        'X-RateLimit-Limit': String(limit),
        'X-RateLimit-Remaining': String(remaining),
        'X-RateLimit-Reset': formatRateLimitReset(new Date(at.getTime() + retryAfter * 1000)),
        'X-RateLimit-NearLimit': 'true',
      },
    ),
  });

  return {
    admit(endpoint, at) {
      const second = Math.floor(at.getTime() / 1000);
      const bucket = bursts.get(endpoint);
      const inSecond = bucket?.second === second ? bucket.count : 0;
      if (burstLimit !== undefined && inSecond >= burstLimit) {
        return refuse('jira-burst-based', at, Math.ceil(((second + 1) * 1000 - at.getTime()) / 1000), burstLimit, 0);
      }
      if (enforced) {
        const spent = budget.spentInWindow(at);
        if (spent >= budget.quota) return refuse(budget.reason, at, budget.secondsUntilUnderQuota(at), budget.quota, Math.max(0, budget.quota - spent));
      }
      bursts.set(endpoint, { second, count: inSecond + 1 });
      return { admitted: true };
    },
    charge(endpoint, points, at) {
      budget.charge(points, at);
      const headers = quotaHeaders(at);
      if (burstLimit === undefined) return headers;
      const bucket = bursts.get(endpoint);
      const burstRemaining = Math.max(0, burstLimit - (bucket?.count ?? 0));
      return {
        ...headers,
        'X-RateLimit-Limit': String(burstLimit),
        'X-RateLimit-Remaining': String(burstRemaining),
        ...(burstRemaining < NEAR_LIMIT_SHARE * burstLimit ? { 'X-RateLimit-NearLimit': 'true' } : {}),
      };
    },
    status(at) {
      const spentInWindow = budget.spentInWindow(at);
      return {
        quota: budget.quota,
        spentInWindow,
        remaining: Math.max(0, budget.quota - spentInWindow),
        spentTotal: budget.spentTotal(),
        reason: budget.reason,
        enforced,
      };
    },
  };
}

import { budgetFreesAt } from '../../domain/points/budget-frees-at';
import { pointsInWindow } from '../../domain/points/points-in-window';
import { POINTS_WINDOW_MS, type PointsSpend, type PointsSpender } from '../../domain/points/points-spend';
import { PointsBudgetSpentError } from '../../adapters/jira/points-budget-spent-error';
import type { RequestMeter } from '../../adapters/jira/create-metered-requester';
import type { PointsLedger } from '../../ports/points-ledger';

/** How long to stay off Jira after a quota 429 that gives no Retry-After. */
const QUOTA_PAUSE_WITHOUT_RETRY_AFTER_MS = 15 * 60_000;

/**
 * Points spent by this invocation before it shares them with the ledger and reads the others' spending again:
 * bounds how far simultaneous jobs can overshoot the budget together.
 */
export const POINTS_SYNC_INTERVAL = 1_000;

export interface PointsGovernorDeps {
  readonly ledger: PointsLedger;
  readonly spender: PointsSpender;
  readonly nowMs: () => number;
  readonly invocationId: string;
  /** Points an hour this spender may use; null meters without limiting (pages people are waiting on). */
  readonly budgetPerHour: number | null;
}

/** Meters one invocation's Jira calls against the installation's hourly budget and records them in the ledger. */
export interface PointsGovernor extends RequestMeter {
  /** Counts one answer at once (the ledger is written by flush and keepGoing, not per answer). */
  afterAnswer(answer: Parameters<RequestMeter['afterAnswer']>[0]): void;
  /** Whether another request fits the budget now (asked between pages; shares spending every POINTS_SYNC_INTERVAL). */
  keepGoing(): Promise<boolean>;
  /** When spending may resume, once the budget is spent or Jira refused for its quota. */
  resumeAtMs(): number;
  /** What this invocation spent so far. */
  spent(): { readonly points: number; readonly requests: number };
  /** Writes what is not yet in the ledger. */
  flush(): Promise<void>;
}

/**
 * Opens a governor for one invocation: reads the last hour's spending from the ledger, then counts every answer.
 * Background jobs stop between pages once the hour's budget is spent, and stay off Jira after a 429 for the quota
 * (global or per site) until its Retry-After; a burst 429 is left to the client's own short retry.
 */
export async function openPointsGovernor(deps: PointsGovernorDeps): Promise<PointsGovernor> {
  const others: PointsSpend[] = [...(await deps.ledger.spendsBetween(deps.nowMs() - POINTS_WINDOW_MS, deps.nowMs()))];
  const own: PointsSpend[] = [];
  let unflushed = { points: 0, requests: 0 };
  let flushes = 0;
  let sinceSync = 0;
  let quotaPausedUntil = 0;
  let total = { points: 0, requests: 0 };

  /** The dearest answer so far: what the next page is likely to cost. */
  let dearest = 1;
  const all = (): PointsSpend[] => [...others, ...own];
  // Room for the next answer, not just for one more point: a page that overshoots the share eats the pages' reserve.
  // A budget smaller than one page still lets a page through once the window is empty, or the read would never end.
  const needed = (budget: number): number => Math.min(dearest, budget);
  const withinBudget = (): boolean =>
    deps.budgetPerHour === null || pointsInWindow(all(), deps.nowMs(), deps.spender) + needed(deps.budgetPerHour) <= deps.budgetPerHour;
  const canSpend = (): boolean => deps.nowMs() >= quotaPausedUntil && withinBudget();
  const resumeAtMs = (): number =>
    Math.max(
      quotaPausedUntil,
      deps.budgetPerHour === null ? deps.nowMs() : budgetFreesAt(all(), deps.budgetPerHour, deps.nowMs(), deps.spender, needed(deps.budgetPerHour)),
    );

  const flush = async (): Promise<void> => {
    if (unflushed.points === 0 && unflushed.requests === 0) return;
    const spend: PointsSpend = { atMs: deps.nowMs(), spender: deps.spender, ...unflushed };
    unflushed = { points: 0, requests: 0 };
    flushes += 1;
    await deps.ledger.record(spend, `${deps.invocationId}-${String(flushes)}`);
  };

  return {
    beforeRequest() {
      if (!canSpend()) throw new PointsBudgetSpentError(resumeAtMs());
    },
    afterAnswer({ points, rateLimit }) {
      dearest = Math.max(dearest, points);
      own.push({ atMs: deps.nowMs(), spender: deps.spender, points, requests: 1 });
      unflushed = { points: unflushed.points + points, requests: unflushed.requests + 1 };
      total = { points: total.points + points, requests: total.requests + 1 };
      sinceSync += points;
      if (rateLimit !== null && (rateLimit.reason === 'jira-quota-global-based' || rateLimit.reason === 'jira-quota-tenant-based')) {
        const pauseMs = rateLimit.retryAfterSeconds === null ? QUOTA_PAUSE_WITHOUT_RETRY_AFTER_MS : rateLimit.retryAfterSeconds * 1000;
        quotaPausedUntil = Math.max(quotaPausedUntil, deps.nowMs() + pauseMs);
      }
    },
    async keepGoing() {
      if (sinceSync >= POINTS_SYNC_INTERVAL) {
        sinceSync = 0;
        await flush();
        // The ledger now holds this invocation's flushed spending too: read it as everyone's, less what is unflushed.
        others.splice(0, others.length, ...(await deps.ledger.spendsBetween(deps.nowMs() - POINTS_WINDOW_MS, deps.nowMs())));
        own.splice(0, own.length);
      }
      return canSpend();
    },
    resumeAtMs,
    spent: () => total,
    flush,
  };
}

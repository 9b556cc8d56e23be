/** The RateLimit-Reason of a refusal over the hourly quota: the app's global quota (tier 1) or one site's (tier 2). */
export type QuotaReason = 'jira-quota-global-based' | 'jira-quota-tenant-based';

export interface PointsBudgetOptions {
  /** Points allowed in any rolling hour; 65,000 (tier 1) unless set. */
  readonly quota?: number;
  /** 'global' (tier 1, the default): one quota for the app on every site; 'tenant' (tier 2): one site's quota. */
  readonly scope?: 'global' | 'tenant';
}

/** An hourly points quota and what has been charged against it; one budget may serve several fakes (sites). */
export interface PointsBudget {
  readonly quota: number;
  readonly reason: QuotaReason;
  /** The policy name of the Beta-RateLimit headers. */
  readonly policy: 'global-app-quota' | 'tenant-app-quota';
  /** Points charged in the hour up to `at`: the last 3,600 s, a charge at t counting until t + 3,600 s excluded. */
  spentInWindow(at: Date): number;
  /** Points charged since the budget was created. */
  spentTotal(): number;
  charge(points: number, at: Date): void;
  /** Seconds from `at` until enough points have left the window to bring it under the quota; 0 when it is under. */
  secondsUntilUnderQuota(at: Date): number;
  /** Seconds from `at` until every point now in the window has left it; 0 when it is empty. */
  secondsUntilEmpty(at: Date): number;
}

const WINDOW_MS = 3_600_000;
const TIER_ONE_QUOTA = 65_000;

/**
 * A rolling-hour points budget. Charges are kept in time order with a running sum, so each look-up only drops what
 * has left the window. The window follows the latest time seen: a clock that goes back does not bring expired points
 * back, and a charge dated before the latest one counts from the latest one's time.
 *
 * @example
 * const budget = createPointsBudget({ quota: 100 });
 * budget.charge(101, new Date('2026-11-10T12:00:00Z'));
 * budget.secondsUntilUnderQuota(new Date('2026-11-10T12:30:00Z')); // 1800
 */
export function createPointsBudget(options: PointsBudgetOptions = {}): PointsBudget {
  const quota = options.quota ?? TIER_ONE_QUOTA;
  if (!Number.isSafeInteger(quota) || quota < 1) throw new Error(`A points quota must be a whole number of points above 0, not ${quota}.`);
  const tenant = options.scope === 'tenant';
  const charges: { at: number; points: number }[] = [];
  let head = 0;
  let inWindow = 0;
  let total = 0;

  const advance = (at: Date): void => {
    const cutoff = at.getTime() - WINDOW_MS;
    for (let first = charges[head]; first !== undefined && first.at <= cutoff; first = charges[head]) {
      inWindow -= first.points;
      head += 1;
    }
    // Drop the expired prefix now and then, so a long run keeps only the last hour's charges.
    if (head > 1024 && head * 2 > charges.length) {
      charges.splice(0, head);
      head = 0;
    }
  };

  return {
    quota,
    reason: tenant ? 'jira-quota-tenant-based' : 'jira-quota-global-based',
    policy: tenant ? 'tenant-app-quota' : 'global-app-quota',
    spentInWindow(at) {
      advance(at);
      return inWindow;
    },
    spentTotal: () => total,
    charge(points, at) {
      advance(at);
      const last = charges.at(-1);
      const time = Math.max(at.getTime(), last?.at ?? Number.NEGATIVE_INFINITY);
      if (last !== undefined && last.at === time && charges.length > head) last.points += points;
      else charges.push({ at: time, points });
      inWindow += points;
      total += points;
    },
    secondsUntilUnderQuota(at) {
      advance(at);
      let left = inWindow;
      for (let i = head; i < charges.length && left >= quota; i += 1) {
        const charge = charges[i];
        if (charge === undefined) break;
        left -= charge.points;
        if (left < quota) return Math.ceil((charge.at + WINDOW_MS - at.getTime()) / 1000);
      }
      return 0;
    },
    secondsUntilEmpty(at) {
      advance(at);
      const last = charges.at(-1);
      return last === undefined || charges.length === head ? 0 : Math.ceil((last.at + WINDOW_MS - at.getTime()) / 1000);
    },
  };
}

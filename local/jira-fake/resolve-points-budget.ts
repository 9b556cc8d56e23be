import { z } from 'zod';
import { createPointsBudget, type PointsBudget } from './create-points-budget';
import type { PointsOptions } from './points-options';
import { tierTwoQuota } from './tier-two-quota';

const numbersSchema = z.object({
  quota: z.int().min(1).optional(),
  users: z.int().min(0).optional(),
  burstPerSecond: z.int().min(1).optional(),
});

/**
 * The budget a fake charges and whether it enforces it, from its points options: the shared budget given, else a
 * budget of its own (tier 1's 65,000 points, tier 2's plan and users, or the quota given). Contradictory or
 * out-of-range options throw rather than quietly running under another quota.
 *
 * @example
 * resolvePointsBudget({ tier: 2, plan: 'premium' }, 1000).budget.quota; // 150000
 * resolvePointsBudget(undefined, 10).enforced; // false: counted only
 */
export function resolvePointsBudget(options: PointsOptions | undefined, siteUsers: number): { budget: PointsBudget; enforced: boolean } {
  if (options === undefined) return { budget: createPointsBudget(), enforced: false };
  const numbers = numbersSchema.safeParse(options);
  if (!numbers.success) throw new Error(`Invalid points options: ${z.prettifyError(numbers.error)}`);
  const { tier, plan, users, quota, budget } = options;
  if (budget !== undefined) {
    if (tier !== undefined || plan !== undefined || users !== undefined || quota !== undefined) {
      throw new Error('A shared points budget carries its own quota: give tier, plan, users or quota to createPointsBudget, not with budget.');
    }
    return { budget, enforced: true };
  }
  if ((plan !== undefined || users !== undefined) && tier !== 2) throw new Error('plan and users set a tier 2 quota: give tier: 2 with them.');
  const enforced = tier !== undefined || quota !== undefined;
  if (tier === 2) {
    return { budget: createPointsBudget({ scope: 'tenant', quota: quota ?? tierTwoQuota(plan ?? 'standard', users ?? siteUsers) }), enforced };
  }
  return { budget: createPointsBudget(quota === undefined ? {} : { quota }), enforced };
}

import type { PointsBudgetDto } from '../../../../src/contract/points-budget-dto';
import { formatCount } from '../points/format-count';

const planNames = { standard: 'Standard', premium: 'Premium', enterprise: 'Enterprise' } as const;

/**
 * The installation's points budget in one sentence: which tier, the hourly quota and who shares it, and what refresh
 * may spend of it. The figures are the app's (quota and background share), so the page never reckons them again.
 *
 * @example
 * describeBudgetTier({ ...budget, setting: { tier: 'tier1' }, quotaPerHour: 65000, sharedWithOtherSites: true, backgroundPerHour: 6500 });
 * // => "Tier 1: 65,000 points an hour shared by every site that installs the app; this site's refresh uses at most 6,500 an hour."
 */
export function describeBudgetTier(budget: Pick<PointsBudgetDto, 'setting' | 'quotaPerHour' | 'sharedWithOtherSites' | 'backgroundPerHour'>): string {
  const quota = `${formatCount(budget.quotaPerHour)} points an hour`;
  const refresh = formatCount(budget.backgroundPerHour);
  const whose = budget.sharedWithOtherSites
    ? `${quota} shared by every site that installs the app; this site's refresh uses at most ${refresh} an hour.`
    : `${quota} for this site alone; refresh uses at most ${refresh} an hour and leaves the rest to pages.`;
  switch (budget.setting.tier) {
    case 'tier1':
      return `Tier 1: ${whose}`;
    case 'tier2':
      return `Tier 2 (${planNames[budget.setting.plan]}, ${formatCount(budget.setting.users)} ${budget.setting.users === 1 ? 'user' : 'users'}): ${whose}`;
    case 'custom':
      return `A quota Atlassian granted: ${whose}`;
  }
}

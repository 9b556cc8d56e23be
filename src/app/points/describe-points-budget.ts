import { hourlyQuotaOf } from '../../domain/points/hourly-quota';
import type { PointsBudgetSetting } from '../../domain/points/points-budget-setting';

const planNames = { standard: 'Standard', premium: 'Premium', enterprise: 'Enterprise' } as const;

/** A budget setting in words, for the audit log: "Tier 2, Premium, 250 users (135,000 points an hour)". */
export function describePointsBudget(setting: PointsBudgetSetting): string {
  const perHour = `${hourlyQuotaOf(setting).pointsPerHour.toLocaleString('en-US')} points an hour`;
  switch (setting.tier) {
    case 'tier1':
      return `Tier 1 (${perHour} shared by every site of the app)`;
    case 'tier2':
      return `Tier 2, ${planNames[setting.plan]}, ${setting.users.toLocaleString('en-US')} users (${perHour})`;
    case 'custom':
      return `a stated quota of ${perHour}`;
  }
}

import type { PointsBudgetDto } from '../../../../../src/contract/points-budget-dto';
import { describeBudgetTier } from '../../../../../static/app/src/admin/describe-budget-tier';

type Figures = Pick<PointsBudgetDto, 'setting' | 'quotaPerHour' | 'sharedWithOtherSites' | 'backgroundPerHour'>;

describe('describeBudgetTier', () => {
  it.each<[string, Figures, string]>([
    [
      'says Tier 1 is shared by every site and what this site’s refresh uses',
      { setting: { tier: 'tier1' }, quotaPerHour: 65_000, sharedWithOtherSites: true, backgroundPerHour: 6_500 },
      "Tier 1: 65,000 points an hour shared by every site that installs the app; this site's refresh uses at most 6,500 an hour.",
    ],
    [
      'names the plan and users of Tier 2 and leaves the rest to pages',
      { setting: { tier: 'tier2', plan: 'standard', users: 1_000 }, quotaPerHour: 110_000, sharedWithOtherSites: false, backgroundPerHour: 77_000 },
      'Tier 2 (Standard, 1,000 users): 110,000 points an hour for this site alone; refresh uses at most 77,000 an hour and leaves the rest to pages.',
    ],
    [
      'says one user in the singular',
      { setting: { tier: 'tier2', plan: 'enterprise', users: 1 }, quotaPerHour: 150_030, sharedWithOtherSites: false, backgroundPerHour: 105_021 },
      'Tier 2 (Enterprise, 1 user): 150,030 points an hour for this site alone; refresh uses at most 105,021 an hour and leaves the rest to pages.',
    ],
    [
      'calls a stated quota one Atlassian granted',
      { setting: { tier: 'custom', pointsPerHour: 200_000 }, quotaPerHour: 200_000, sharedWithOtherSites: false, backgroundPerHour: 140_000 },
      'A quota Atlassian granted: 200,000 points an hour for this site alone; refresh uses at most 140,000 an hour and leaves the rest to pages.',
    ],
  ])('%s', (_what, figures, expected) => {
    expect(describeBudgetTier(figures)).toBe(expected);
  });
});

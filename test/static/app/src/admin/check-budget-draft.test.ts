import { checkBudgetDraft, type BudgetDraft } from '../../../../../static/app/src/admin/check-budget-draft';

const draft = (changes: Partial<BudgetDraft>): BudgetDraft => ({ tier: 'tier1', plan: 'standard', users: '', pointsPerHour: '', ...changes });

describe('checkBudgetDraft', () => {
  it.each([
    ['takes Tier 1 whatever the number fields hold', draft({ users: 'lots' }), { tier: 'tier1' }],
    ['takes Tier 2 with its plan and users', draft({ tier: 'tier2', plan: 'premium', users: '250' }), { tier: 'tier2', plan: 'premium', users: 250 }],
    ['reads thousands separators and spaces', draft({ tier: 'tier2', users: ' 1,000 ' }), { tier: 'tier2', plan: 'standard', users: 1_000 }],
    ['takes a site with no users yet', draft({ tier: 'tier2', users: '0' }), { tier: 'tier2', plan: 'standard', users: 0 }],
    ['takes a stated quota at its limits', draft({ tier: 'custom', pointsPerHour: '10000000' }), { tier: 'custom', pointsPerHour: 10_000_000 }],
    ['takes the smallest stated quota', draft({ tier: 'custom', pointsPerHour: '100' }), { tier: 'custom', pointsPerHour: 100 }],
  ])('%s', (_what, typed, setting) => {
    expect(checkBudgetDraft(typed)).toEqual({ ok: true, setting });
  });

  it.each([
    ['asks for the number of users', draft({ tier: 'tier2', users: '  ' }), { users: 'The number of users is needed.' }],
    ['refuses a fraction of a user', draft({ tier: 'tier2', users: '10.5' }), { users: 'The number of users must be a whole number.' }],
    ['refuses words for users', draft({ tier: 'tier2', users: 'many' }), { users: 'The number of users must be a whole number.' }],
    [
      'refuses more users than the app accepts',
      draft({ tier: 'tier2', users: '10000001' }),
      { users: 'The number of users must be between 0 and 10,000,000.' },
    ],
    ['refuses negative users', draft({ tier: 'tier2', users: '-1' }), { users: 'The number of users must be between 0 and 10,000,000.' }],
    ['asks for points an hour', draft({ tier: 'custom' }), { pointsPerHour: 'Points an hour is needed.' }],
    [
      'refuses a quota under 100 points an hour',
      draft({ tier: 'custom', pointsPerHour: '99' }),
      { pointsPerHour: 'Points an hour must be between 100 and 10,000,000.' },
    ],
  ])('%s', (_what, typed, problems) => {
    expect(checkBudgetDraft(typed)).toEqual({ ok: false, problems });
  });
});

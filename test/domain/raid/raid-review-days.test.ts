import type { ComplianceRule } from '../../../src/domain/compliance/compliance-rule';
import { raidReviewDays } from '../../../src/domain/raid/raid-review-days';
import type { RaidKind } from '../../../src/domain/raid/raid-kind';

const review = (id: string, maxDays: number, raidKinds: readonly RaidKind[]): ComplianceRule => ({
  id,
  kind: 'raid-review',
  title: id,
  severity: 'minor',
  fix: 'Review it.',
  maxDays,
  raidKinds,
});
const owner: ComplianceRule = {
  id: 'owner',
  kind: 'owner-required',
  title: 'Owner',
  severity: 'major',
  fix: 'Assign it.',
  scope: { issueTypes: [], statusCategories: [] },
};

describe('raidReviewDays: the review cadence "review overdue" follows', () => {
  it.each<[string, readonly ComplianceRule[], RaidKind, number]>([
    ['is 14 days when the template has no RAID review rule', [owner], 'risk', 14],
    ["is the rule's days when a rule with no kinds listed covers every kind", [review('all', 30, [])], 'assumption', 30],
    ["is the rule's days for a kind the rule lists", [review('risks', 7, ['risk'])], 'risk', 7],
    ['falls back to 14 days for a kind no rule lists', [review('risks', 7, ['risk'])], 'dependency', 14],
    ['is the shortest cadence of the rules that cover the kind', [review('all', 30, []), review('risks', 10, ['risk', 'issue'])], 'issue', 10],
  ])('%s', (_behaviour, rules, kind, days) => {
    expect(raidReviewDays(rules, kind)).toBe(days);
  });
});

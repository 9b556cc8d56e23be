import { applyApprovedChange } from '../../../src/domain/change-control/apply-approved-change';
import type { ApplyChangeResult } from '../../../src/domain/change-control/apply-change-result';
import type { ApprovedBaseline } from '../../../src/domain/change-control/approved-baseline';
import type { ChangeRequest } from '../../../src/domain/change-control/change-request';
import { aChangeRequest } from './builders/a-change-request';
import { aDecision } from './builders/a-decision';
import { coreV1 } from './builders/core-v1';

const v1 = coreV1();
const cr12 = aChangeRequest('CORE-12', { itemKeys: ['CORE-7'], impact: { days: 14, cost: 20_000 } });
const approved = aDecision('CORE-12', 'approved', { decidedAt: '2026-02-05T10:00:00.000Z', decidedBy: 'chair' });

function nextOf(result: ApplyChangeResult): ApprovedBaseline {
  if (!result.ok) throw new Error(`Expected a new version, got ${result.refusal}: ${result.message}`);
  return result.baseline;
}

function duesOf(baseline: ApprovedBaseline): Record<string, string> {
  return Object.fromEntries(baseline.items.map((item) => [item.key, item.due]));
}

describe('applyApprovedChange', () => {
  it('makes the next version, moving the named date by the impact days and the budget by its cost', () => {
    const v2 = nextOf(applyApprovedChange(v1, cr12, approved));

    expect(v2).toMatchObject({
      projectKey: 'CORE',
      version: 2,
      approvedAt: '2026-02-05T10:00:00.000Z',
      approvedBy: 'chair',
      changeKey: 'CORE-12',
      budgetAtCompletion: 120_000,
      scope: 240,
    });
    expect(duesOf(v2)).toEqual({ 'CORE-7': '2026-03-15', 'CORE-8': '2026-04-01', 'CORE-9': '2026-05-01' });
  });

  it.each([
    [
      'moves every named item by the same days',
      { itemKeys: ['CORE-7', 'CORE-9'], impact: { days: 10 } },
      { 'CORE-7': '2026-03-11', 'CORE-8': '2026-04-01', 'CORE-9': '2026-05-11' },
    ],
    [
      'brings dates forward for negative days',
      { itemKeys: ['CORE-8'], impact: { days: -3 } },
      { 'CORE-7': '2026-03-01', 'CORE-8': '2026-03-29', 'CORE-9': '2026-05-01' },
    ],
    [
      'counts calendar days across a month end',
      { itemKeys: ['CORE-7'], impact: { days: 31 } },
      { 'CORE-7': '2026-04-01', 'CORE-8': '2026-04-01', 'CORE-9': '2026-05-01' },
    ],
    [
      'moves no date when the days are not given',
      { itemKeys: ['CORE-7'], impact: { cost: 5_000 } },
      { 'CORE-7': '2026-03-01', 'CORE-8': '2026-04-01', 'CORE-9': '2026-05-01' },
    ],
  ])('%s', (_name, overrides, dues) => {
    expect(duesOf(nextOf(applyApprovedChange(v1, aChangeRequest('CORE-12', overrides), approved)))).toEqual(dues);
  });

  it.each([
    ['grows scope by the scope impact', { scope: 16 }, { budgetAtCompletion: 100_000, scope: 256 }],
    ['lowers the budget for a negative cost', { cost: -10_000 }, { budgetAtCompletion: 90_000, scope: 240 }],
    ['leaves budget and scope when the impact gives neither', { days: 2 }, { budgetAtCompletion: 100_000, scope: 240 }],
  ])('%s', (_name, impact, expected) => {
    expect(nextOf(applyApprovedChange(v1, aChangeRequest('CORE-12', { impact }), approved))).toMatchObject(expected);
  });

  it('keeps an unknown budget unknown, since no budget was approved to add to', () => {
    const noBudget: ApprovedBaseline = { ...v1, budgetAtCompletion: null };

    expect(nextOf(applyApprovedChange(noBudget, cr12, approved)).budgetAtCompletion).toBeNull();
  });

  it('applies a change naming some keys the baseline does not hold, and says which it ignored', () => {
    const result = applyApprovedChange(v1, aChangeRequest('CORE-12', { itemKeys: ['CORE-7', 'CORE-10', 'CORE-99', 'CORE-99'], impact: { days: 1 } }), approved);

    expect(result).toMatchObject({ ok: true, ignoredKeys: ['CORE-10', 'CORE-99'] });
  });

  it('leaves the version it was given untouched and returns a frozen one', () => {
    const before = structuredClone(v1);
    const v2 = nextOf(applyApprovedChange(v1, cr12, approved));

    expect(v1).toEqual(before);
    expect(Object.isFrozen(v2)).toBe(true);
    expect(Object.isFrozen(v2.items)).toBe(true);
    expect(v2.items.every((item) => Object.isFrozen(item))).toBe(true);
  });

  const cr99: ChangeRequest = aChangeRequest('OTHER-99');
  const v2 = nextOf(applyApprovedChange(v1, cr12, approved));

  it.each([
    ['a decision on another change', v1, cr12, aDecision('CORE-13', 'approved'), 'other-change', 'The decision is for CORE-13, not CORE-12.'],
    ['a rejected change', v1, cr12, aDecision('CORE-12', 'rejected'), 'not-approved', 'CORE-12 is rejected, not approved'],
    ['a deferred change', v1, cr12, aDecision('CORE-12', 'deferred'), 'not-approved', 'CORE-12 is deferred'],
    ['a pending change', v1, cr12, aDecision('CORE-12', 'pending'), 'not-approved', 'CORE-12 is pending'],
    ['a change of another project', v1, cr99, aDecision('OTHER-99', 'approved'), 'other-project', 'OTHER-99 belongs to OTHER, not CORE.'],
    ['the change that made the version it is given', v2, cr12, approved, 'already-applied', 'Version 2 of CORE is already the one CORE-12 made.'],
    [
      'days that are not a number',
      v1,
      aChangeRequest('CORE-12', { impact: { days: Number.NaN } }),
      approved,
      'impact-not-finite',
      'The days impact of CORE-12 is not a number: NaN.',
    ],
    [
      'an infinite cost',
      v1,
      aChangeRequest('CORE-12', { impact: { cost: Number.POSITIVE_INFINITY } }),
      approved,
      'impact-not-finite',
      'The cost impact of CORE-12 is not a number: Infinity.',
    ],
    ['a scope that is not a number', v1, aChangeRequest('CORE-12', { impact: { scope: Number.NaN } }), approved, 'impact-not-finite', 'The scope impact'],
    ['part of a day', v1, aChangeRequest('CORE-12', { impact: { days: 1.5 } }), approved, 'days-not-whole', 'Dates move by whole days; CORE-12 says 1.5.'],
    [
      'a change naming nothing the baseline holds',
      v1,
      aChangeRequest('CORE-12', { itemKeys: ['CORE-10'], impact: { days: 3 } }),
      approved,
      'names-nothing-held',
      'CORE-12 names no milestone, gate or epic that version 1 of CORE holds.',
    ],
    [
      'a change naming nothing at all',
      v1,
      aChangeRequest('CORE-12', { itemKeys: [], impact: { cost: 3 } }),
      approved,
      'names-nothing-held',
      'names no milestone',
    ],
    ['a cost that takes the budget below zero', v1, aChangeRequest('CORE-12', { impact: { cost: -100_001 } }), approved, 'out-of-range', 'below zero'],
    [
      'days that take a date past the year 9999',
      v1,
      aChangeRequest('CORE-12', { impact: { days: 3_000_000 } }),
      approved,
      'out-of-range',
      'would move a date out of range',
    ],
  ])('refuses %s, saying why', (_name, baseline, change, decision, refusal, message) => {
    const result = applyApprovedChange(baseline, change, decision);

    expect(result).toMatchObject({ ok: false, refusal });
    expect(result.ok ? '' : result.message).toContain(message);
  });
});

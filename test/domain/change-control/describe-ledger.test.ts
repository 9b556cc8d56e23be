import { applyApprovedChange } from '../../../src/domain/change-control/apply-approved-change';
import type { ApprovedBaseline } from '../../../src/domain/change-control/approved-baseline';
import type { ChangeRequest } from '../../../src/domain/change-control/change-request';
import { describeLedger } from '../../../src/domain/change-control/describe-ledger';
import { aProjectKey } from '../builders/a-project-key';
import { aChangeRequest } from './builders/a-change-request';
import { aDecision } from './builders/a-decision';
import { coreV1 } from './builders/core-v1';

const v1 = coreV1();

function approve(baseline: ApprovedBaseline, change: ChangeRequest): ApprovedBaseline {
  const result = applyApprovedChange(baseline, change, aDecision(change.key, 'approved'));
  if (!result.ok) throw new Error(result.message);
  return result.baseline;
}

function lineOf(versions: readonly ApprovedBaseline[], changes: readonly ChangeRequest[] = []): string {
  return describeLedger(versions, changes)
    .map((entry) => entry.label)
    .join(' -> ');
}

const cr12 = aChangeRequest('CORE-12', { summary: 'Vendor delay', itemKeys: ['CORE-7'], impact: { days: 14, cost: 20_000 } });
const v2 = approve(v1, cr12);

describe('describeLedger', () => {
  it('reads v1 -> the change with its effect -> v2', () => {
    expect(lineOf([v1, v2], [cr12])).toBe('v1 -> CORE-12 (+14 days on CORE-7, +20,000 budget) -> v2');
  });

  it('keeps the versions and the change as entries, with the change summary and what moved', () => {
    expect(describeLedger([v1, v2], [cr12])).toEqual([
      { kind: 'version', version: 1, approvedAt: '2026-02-01T09:00:00.000Z', approvedBy: 'sponsor', label: 'v1' },
      {
        kind: 'change',
        changeKey: 'CORE-12',
        summary: 'Vendor delay',
        moves: [{ itemKey: 'CORE-7', from: '2026-03-01', to: '2026-03-15', days: 14 }],
        budget: { from: 100_000, to: 120_000 },
        scope: null,
        label: 'CORE-12 (+14 days on CORE-7, +20,000 budget)',
      },
      { kind: 'version', version: 2, approvedAt: '2026-02-05T10:00:00.000Z', approvedBy: 'chair', label: 'v2' },
    ]);
  });

  it.each([
    ['one item moved by one day', { itemKeys: ['CORE-8'], impact: { days: 1 } }, 'CORE-13 (+1 day on CORE-8)'],
    ['items moved back', { itemKeys: ['CORE-8'], impact: { days: -2 } }, 'CORE-13 (-2 days on CORE-8)'],
    ['two items moved alike', { itemKeys: ['CORE-8', 'CORE-9'], impact: { days: 5 } }, 'CORE-13 (+5 days on CORE-8 and CORE-9)'],
    ['three items moved alike', { itemKeys: ['CORE-7', 'CORE-8', 'CORE-9'], impact: { days: 5 } }, 'CORE-13 (+5 days on CORE-7, CORE-8 and CORE-9)'],
    ['a budget cut and added scope', { impact: { cost: -1_234.5, scope: 16 } }, 'CORE-13 (-1,234.5 budget, +16 scope)'],
    ['a change with no effect', { impact: {} }, 'CORE-13 (no change to the plan)'],
  ])('describes %s', (_name, overrides, label) => {
    const cr13 = aChangeRequest('CORE-13', overrides);

    expect(describeLedger([v2, approve(v2, cr13)], [cr13])[1]?.label).toBe(label);
  });

  it('reads a long ledger in version order, whatever order the versions come in', () => {
    const cr13 = aChangeRequest('CORE-13', { itemKeys: ['CORE-9'], impact: { days: 7, scope: 8 } });
    const v3 = approve(v2, cr13);

    expect(lineOf([v3, v1, v2, v2], [cr12, cr13])).toBe(
      'v1 -> CORE-12 (+14 days on CORE-7, +20,000 budget) -> v2 -> CORE-13 (+7 days on CORE-9, +8 scope) -> v3',
    );
  });

  it('describes a change whose request was not given, with no summary', () => {
    expect(describeLedger([v1, v2], [])[1]).toMatchObject({ kind: 'change', changeKey: 'CORE-12', summary: null });
  });

  it('reads an original baseline alone as v1, and no versions as an empty ledger', () => {
    expect(lineOf([v1])).toBe('v1');
    expect(describeLedger([], [])).toEqual([]);
  });

  it('refuses versions of more than one project', () => {
    expect(() => describeLedger([v1, { ...v2, projectKey: aProjectKey('EDGE') }], [])).toThrow(
      "A ledger is one project's; these versions belong to CORE, EDGE.",
    );
  });
});

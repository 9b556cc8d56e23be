import { applyApprovedChange } from '../../../src/domain/change-control/apply-approved-change';
import type { ApprovedBaseline } from '../../../src/domain/change-control/approved-baseline';
import type { ChangeDecision } from '../../../src/domain/change-control/change-decision';
import type { CurrentPlan } from '../../../src/domain/change-control/current-plan';
import { findUncontrolledSlips } from '../../../src/domain/change-control/find-uncontrolled-slips';
import { aWorkItem } from '../builders/a-work-item';
import { aChangeRequest } from './builders/a-change-request';
import { aDecision } from './builders/a-decision';
import { aMove } from './builders/a-move';
import { coreV1 } from './builders/core-v1';

const v1 = coreV1();
const cr12 = aChangeRequest('CORE-12', { itemKeys: ['CORE-7'], impact: { days: 14, cost: 20_000 } });

/** The items as Jira holds them now: only CORE-7 has moved unless a test says otherwise. */
function planWith(core7Due: string | null, totals: Partial<Pick<CurrentPlan, 'budgetAtCompletion' | 'scope'>> = {}): CurrentPlan {
  return {
    items: [
      aWorkItem({ key: 'CORE-7', issueType: 'Milestone', due: core7Due }),
      aWorkItem({ key: 'CORE-8', issueType: 'Gate', due: '2026-04-01' }),
      aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, due: '2026-05-01' }),
    ],
    budgetAtCompletion: 100_000,
    scope: 240,
    ...totals,
  };
}

function after(baseline: ApprovedBaseline, decision: ChangeDecision): ApprovedBaseline {
  const result = applyApprovedChange(baseline, cr12, decision);
  return result.ok ? result.baseline : baseline;
}

describe('findUncontrolledSlips on the hand-checked fixture', () => {
  it('names exactly one slip, with the uncovered move, when a date moved twice and one move was approved', () => {
    const moves = [
      aMove('CORE-7', '2026-03-01', '2026-03-15', '2026-02-03T10:00:00.000Z', 'alice'),
      aMove('CORE-7', '2026-03-15', '2026-03-22', '2026-02-10T15:30:00.000Z', 'bob'),
    ];
    const v2 = after(v1, aDecision('CORE-12', 'approved'));

    expect(findUncontrolledSlips(v2, planWith('2026-03-22'), moves).slips).toEqual([
      {
        itemKey: 'CORE-7',
        kind: 'milestone',
        approvedDue: '2026-03-15',
        currentDue: '2026-03-22',
        daysLate: 7,
        move: { had: '2026-03-15', has: '2026-03-22', movedAt: '2026-02-10T15:30:00.000Z', movedBy: 'bob' },
      },
    ]);
  });

  it('lets a rejected change cover nothing: the whole move is uncontrolled, named by the move that first crossed the plan', () => {
    const moves = [
      aMove('CORE-7', '2026-03-01', '2026-03-15', '2026-02-03T10:00:00.000Z', 'alice'),
      aMove('CORE-7', '2026-03-15', '2026-03-22', '2026-02-10T15:30:00.000Z', 'bob'),
    ];
    const still = after(v1, aDecision('CORE-12', 'rejected'));

    expect(still).toBe(v1);
    expect(findUncontrolledSlips(still, planWith('2026-03-22'), moves).slips).toEqual([
      {
        itemKey: 'CORE-7',
        kind: 'milestone',
        approvedDue: '2026-03-01',
        currentDue: '2026-03-22',
        daysLate: 21,
        move: { had: '2026-03-01', has: '2026-03-15', movedAt: '2026-02-03T10:00:00.000Z', movedBy: 'alice' },
      },
    ]);
  });

  it('leaves the remainder uncontrolled when an approved change moved the date less than Jira did', () => {
    const moves = [aMove('CORE-7', '2026-03-01', '2026-03-22', '2026-02-03T10:00:00.000Z', 'alice')];
    const v2 = after(v1, aDecision('CORE-12', 'approved'));

    expect(findUncontrolledSlips(v2, planWith('2026-03-22'), moves).slips).toEqual([
      {
        itemKey: 'CORE-7',
        kind: 'milestone',
        approvedDue: '2026-03-15',
        currentDue: '2026-03-22',
        daysLate: 7,
        move: { had: '2026-03-01', has: '2026-03-22', movedAt: '2026-02-03T10:00:00.000Z', movedBy: 'alice' },
      },
    ]);
  });

  it('finds nothing when approved changes account for the whole move', () => {
    const moves = [aMove('CORE-7', '2026-03-01', '2026-03-15', '2026-02-03T10:00:00.000Z', 'alice')];

    expect(findUncontrolledSlips(after(v1, aDecision('CORE-12', 'approved')), planWith('2026-03-15'), moves)).toEqual({ slips: [], budget: null, scope: null });
  });
});

describe('findUncontrolledSlips', () => {
  it.each([
    ['a date brought forward', '2026-02-20'],
    ['a date left as approved', '2026-03-01'],
    ['a date cleared', null],
  ])('does not count %s as a slip', (_name, due) => {
    expect(findUncontrolledSlips(v1, planWith(due), []).slips).toEqual([]);
  });

  it('does not count an item the current plan no longer holds', () => {
    expect(findUncontrolledSlips(v1, { ...planWith(null), items: [] }, []).slips).toEqual([]);
  });

  it('reads a due date Jira wrote as a date-time by its written day', () => {
    expect(findUncontrolledSlips(v1, planWith('2026-03-03T23:30:00.000+1000'), []).slips[0]).toMatchObject({ currentDue: '2026-03-03', daysLate: 2 });
  });

  it.each([
    ['the changelog holds no move of the item', []],
    ['the only moves stay on or before the approved date', [aMove('CORE-7', '2026-02-01', '2026-03-01', '2026-01-20T09:00:00.000Z', 'alice')]],
    ['the only moves happen beyond the approved date', [aMove('CORE-7', '2026-03-05', '2026-03-08', '2026-02-20T09:00:00.000Z', 'alice')]],
    ['the only crossing move is of another issue', [aMove('CORE-8', '2026-03-01', '2026-03-08', '2026-02-20T09:00:00.000Z', 'alice')]],
  ])('names no move when %s', (_name, moves) => {
    expect(findUncontrolledSlips(v1, planWith('2026-03-08'), moves).slips[0]?.move).toBeNull();
  });

  it('names no move, yet counts the slip, when an approved change brought a date forward and Jira kept the old one', () => {
    const cr13 = aChangeRequest('CORE-13', { itemKeys: ['CORE-7'], impact: { days: -5 } });
    const result = applyApprovedChange(v1, cr13, aDecision('CORE-13', 'approved'));
    const v2 = result.ok ? result.baseline : v1;

    expect(findUncontrolledSlips(v2, planWith('2026-03-01'), []).slips).toEqual([
      { itemKey: 'CORE-7', kind: 'milestone', approvedDue: '2026-02-24', currentDue: '2026-03-01', daysLate: 5, move: null },
    ]);
  });

  it('names the latest of several moves that took the date past the approved one', () => {
    const moves = [
      aMove('CORE-7', '2026-03-01', '2026-03-10', '2026-02-03T10:00:00.000Z', 'alice'),
      aMove('CORE-7', '2026-03-10', '2026-02-25', '2026-02-04T10:00:00.000Z', 'carol'),
      aMove('CORE-7', '2026-02-25', '2026-03-08', '2026-02-06T10:00:00.000Z', 'bob'),
    ];

    expect(findUncontrolledSlips(v1, planWith('2026-03-08'), [...moves].reverse()).slips[0]?.move).toEqual({
      had: '2026-02-25',
      has: '2026-03-08',
      movedAt: '2026-02-06T10:00:00.000Z',
      movedBy: 'bob',
    });
  });

  it('counts a date set where there was none as crossing, and keeps an unknown mover as null', () => {
    const moves = [aMove('CORE-7', null, '2026-03-08', '2026-02-06T10:00:00.000Z', null)];

    expect(findUncontrolledSlips(v1, planWith('2026-03-08'), moves).slips[0]?.move).toEqual({
      had: null,
      has: '2026-03-08',
      movedAt: '2026-02-06T10:00:00.000Z',
      movedBy: null,
    });
  });

  it('lists slips in issue-key order with each item kind', () => {
    const plan: CurrentPlan = {
      ...planWith('2026-03-02'),
      items: [
        aWorkItem({ key: 'CORE-9', due: '2026-05-03' }),
        aWorkItem({ key: 'CORE-8', due: '2026-04-02' }),
        aWorkItem({ key: 'CORE-7', due: '2026-03-02' }),
      ],
    };

    expect(findUncontrolledSlips(v1, plan, []).slips.map((slip) => [slip.itemKey, slip.kind, slip.daysLate])).toEqual([
      ['CORE-7', 'milestone', 1],
      ['CORE-8', 'gate', 1],
      ['CORE-9', 'epic', 2],
    ]);
  });

  it.each([
    [
      'budget above the approved budget at completion',
      { budgetAtCompletion: 125_000 },
      { budget: { approved: 100_000, current: 125_000, beyond: 25_000 }, scope: null },
    ],
    ['scope above the approved total estimate', { scope: 260 }, { budget: null, scope: { approved: 240, current: 260, beyond: 20 } }],
    ['budget and scope below the approved figures as nothing', { budgetAtCompletion: 90_000, scope: 200 }, { budget: null, scope: null }],
    ['an unknown current budget as nothing', { budgetAtCompletion: null }, { budget: null, scope: null }],
  ])('reports %s', (_name, totals, expected) => {
    expect(findUncontrolledSlips(v1, planWith('2026-03-01', totals), [])).toMatchObject(expected);
  });

  it('reports budget growth against the current approved version, not the original', () => {
    const v2 = after(v1, aDecision('CORE-12', 'approved'));

    expect(findUncontrolledSlips(v2, planWith('2026-03-15', { budgetAtCompletion: 125_000 }), []).budget).toEqual({
      approved: 120_000,
      current: 125_000,
      beyond: 5_000,
    });
  });
});

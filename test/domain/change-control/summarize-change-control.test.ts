import { defaultChangePolicy } from '../../../src/domain/change-control/default-change-policy';
import type { ChangeDecision } from '../../../src/domain/change-control/change-decision';
import { summarizeChangeControl } from '../../../src/domain/change-control/summarize-change-control';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aWorkItem, type WorkItemOverrides } from '../builders/a-work-item';
import { aDay } from './builders/a-day';
import { aDecision } from './builders/a-decision';
import { coreV1 } from './builders/core-v1';

const today = aDay('2026-03-10');
const raisedOn = (day: string): string => `${day}T09:00:00.000+0000`;
const change = (key: string, overrides: WorkItemOverrides = {}): WorkItem =>
  aWorkItem({ key, issueType: 'Change Request', created: raisedOn('2026-03-02'), ...overrides });
/** CORE's plan as approved in v1: CORE-7 1 March, CORE-8 1 April, CORE-9 1 May; 100,000 budget, 240 points. */
const onPlan: readonly WorkItem[] = [
  aWorkItem({ key: 'CORE-7', issueType: 'Milestone', due: '2026-03-01' }),
  aWorkItem({ key: 'CORE-8', issueType: 'Gate', due: '2026-04-01' }),
  aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, due: '2026-05-01', cost: { budget: 100_000 }, estimate: { storyPoints: 240 } }),
];
const moved = (key: string, due: string | null): readonly WorkItem[] => onPlan.map((item) => (item.key === key ? { ...item, due } : item));

function summarize(items: readonly WorkItem[], decisions: readonly ChangeDecision[] = [], withBaseline = true) {
  return summarizeChangeControl({ items, policy: defaultChangePolicy, current: withBaseline ? coreV1() : null, decisions }, today);
}

describe('summarizeChangeControl: change requests and their decisions', () => {
  it.each<[string, readonly WorkItem[], readonly ChangeDecision[], number, number, number | null]>([
    ['counts no change request in a project without any', onPlan, [], 0, 0, null],
    ['counts a change request by its issue type as pending, aged from the day it was raised', [...onPlan, change('CORE-40')], [], 1, 1, 8],
    ['recognises a change request by its label', [...onPlan, change('CORE-40', { issueType: 'Task', labels: ['Change-Request'] })], [], 1, 1, 8],
    ['takes a decision recorded in the app as deciding it', [...onPlan, change('CORE-40')], [aDecision('CORE-40', 'rejected')], 1, 0, null],
    ['takes a workflow status the policy maps as deciding it', [...onPlan, change('CORE-40', { statusName: 'Deferred' })], [], 1, 0, null],
    ['keeps a change pending whose standing decision is pending', [...onPlan, change('CORE-40')], [aDecision('CORE-40', 'pending')], 1, 1, 8],
    [
      'ages pending changes by the oldest and counts each change once',
      [...onPlan, change('CORE-40'), change('CORE-41', { created: raisedOn('2026-02-20') }), change('CORE-41', { created: raisedOn('2026-02-20') })],
      [],
      2,
      2,
      18,
    ],
    ['ages a change raised after today as waiting no time yet', [...onPlan, change('CORE-40', { created: raisedOn('2026-03-12') })], [], 1, 1, 0],
    ['ignores decisions on issues that are not change requests', onPlan, [aDecision('CORE-7', 'approved')], 0, 0, null],
  ])('%s', (_name, items, decisions, changeRequests, pending, oldestPendingDays) => {
    expect(summarize(items, decisions)).toMatchObject({ changeRequests, pending, oldestPendingDays });
  });
});

describe('summarizeChangeControl: slips past the approved baseline', () => {
  it('names a milestone now due later than approved as an uncontrolled slip with its dates', () => {
    expect(summarize(moved('CORE-7', '2026-03-08'))).toEqual({
      baselineVersion: 1,
      changeRequests: 0,
      pending: 0,
      oldestPendingDays: null,
      uncontrolledSlips: 1,
      slips: [{ itemKey: 'CORE-7', kind: 'milestone', approvedDue: '2026-03-01', currentDue: '2026-03-08', daysLate: 7 }],
      budgetBeyond: null,
      scopeBeyond: null,
    });
  });

  it.each<[string, readonly WorkItem[], number]>([
    ['finds none when the plan is as approved', onPlan, 0],
    ['finds none when a milestone came in earlier', moved('CORE-7', '2026-02-20'), 0],
    ['finds none when a milestone lost its due date', moved('CORE-7', null), 0],
    ['finds none for an item the baseline does not hold', [...onPlan, aWorkItem({ key: 'CORE-50', issueType: 'Milestone', due: '2027-01-01' })], 0],
    ['finds one per slipped item', moved('CORE-8', '2026-04-20').map((item) => (item.key === 'CORE-9' ? { ...item, due: '2026-06-01' } : item)), 2],
  ])('%s', (_name, items, uncontrolledSlips) => {
    expect(summarize(items).uncontrolledSlips).toBe(uncontrolledSlips);
  });

  it('lists the latest first and keeps at most ten, while the count covers them all', () => {
    const many = Array.from({ length: 12 }, (_, index) => aWorkItem({ key: `CORE-${String(100 + index)}`, issueType: 'Milestone', due: '2026-03-01' }));
    const v1 = { ...coreV1(), items: many.map((item) => ({ key: item.key, kind: 'milestone' as const, due: aDay('2026-03-01') })) };
    const late = many.map((item, index) => ({ ...item, due: `2026-03-${String(2 + index).padStart(2, '0')}` }));
    const summary = summarizeChangeControl({ items: late, policy: defaultChangePolicy, current: v1, decisions: [] }, today);
    expect(summary.uncontrolledSlips).toBe(12);
    expect(summary.slips.map((slip) => slip.daysLate)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it('reports budget and scope beyond the approved figures, leaving change requests out of the scope', () => {
    const grown = [
      ...onPlan.map((item) =>
        item.key === 'CORE-9' ? { ...item, cost: { budget: 120_000, actualCost: null }, estimate: { storyPoints: 250, originalEstimateSeconds: null } } : item,
      ),
      change('CORE-40', { estimate: { storyPoints: 30 } }),
    ];
    expect(summarize(grown)).toMatchObject({ budgetBeyond: 20_000, scopeBeyond: 10 });
  });

  it('finds no slip and no growth before any baseline was approved', () => {
    expect(summarize(moved('CORE-7', '2026-03-08'), [], false)).toMatchObject({
      baselineVersion: null,
      uncontrolledSlips: 0,
      slips: [],
      budgetBeyond: null,
      scopeBeyond: null,
    });
  });
});

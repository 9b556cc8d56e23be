import { computeEarnedValue } from '../../../src/domain/earned-value/compute-earned-value';
import { projectEarnedValueInputs } from '../../../src/domain/earned-value/project-earned-value-inputs';
import { aWorkItem } from '../builders/a-work-item';

describe('projectEarnedValueInputs', () => {
  // An epic budgeted 100,000 planned over 2026-01-01..2026-11-08 (311 days); at 2026-05-05, 124 days have passed
  // (124/311 = 0.3987). Stories: 7 of 20 points done (0.35). Costs 40,000 and 23,000 booked.
  const items = [
    aWorkItem({ key: 'PR-1', issueType: 'Epic', hierarchyLevel: 1, start: '2026-01-01', due: '2026-11-08', cost: { budget: 100_000, actualCost: 40_000 } }),
    aWorkItem({ key: 'PR-2', statusCategory: 'done', estimate: { storyPoints: 5 }, cost: { actualCost: 23_000 } }),
    aWorkItem({ key: 'PR-3', statusCategory: 'done', estimate: { storyPoints: 2 } }),
    aWorkItem({ key: 'PR-4', statusCategory: 'indeterminate', estimate: { storyPoints: 13 } }),
    aWorkItem({ key: 'PR-5', issueType: 'Risk', statusCategory: 'done', estimate: { storyPoints: 100 } }),
  ];
  const inputs = projectEarnedValueInputs(items, '2026-05-05T10:00:00Z');

  it.each([
    ['sums the budgets into BAC', inputs.bac, 100_000],
    ['sums actual costs into AC', inputs.actualCost, 63_000],
    ['takes the share of story points done, RAID items left out', inputs.actualFraction, 0.35],
    ['reports story points as the basis of the actual fraction', inputs.actualBasis, 'storyPoints'],
    ['reports budgets as the basis of the planned fraction', inputs.plannedBasis, 'budget'],
  ])('%s', (_behaviour, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("takes the elapsed share of the budgeted item's planned duration as the planned fraction", () => {
    expect(inputs.plannedFraction).toBeCloseTo(124 / 311, 12);
  });

  it('feeds computeEarnedValue directly', () => {
    expect(computeEarnedValue(inputs).ev).toBeCloseTo(35_000, 6);
  });

  it('weights planned fractions by budget', () => {
    // A: budget 300, fully elapsed (1); B: budget 100, not started (0) -> 300/400.
    const weighted = projectEarnedValueInputs(
      [
        aWorkItem({ key: 'PR-1', start: '2026-01-01', due: '2026-02-01', cost: { budget: 300 } }),
        aWorkItem({ key: 'PR-2', start: '2026-06-01', due: '2026-07-01', cost: { budget: 100 } }),
      ],
      '2026-03-01T00:00:00Z',
    );
    expect(weighted.plannedFraction).toBe(0.75);
  });

  it.each([
    ['counts a budgeted item without a start as planned 0 before its due date', '2026-03-31', 0],
    ['counts a budgeted item without a start as planned 1 from its due date', '2026-04-01', 1],
  ])('%s', (_behaviour, today, expected) => {
    const result = projectEarnedValueInputs([aWorkItem({ due: '2026-04-01', cost: { budget: 50 } })], `${today}T12:00:00Z`);
    expect(result.plannedFraction).toBe(expected);
  });

  it('falls back to the share of items done when nothing is estimated', () => {
    const result = projectEarnedValueInputs(
      [aWorkItem({ key: 'PR-1', statusCategory: 'done' }), aWorkItem({ key: 'PR-2' }), aWorkItem({ key: 'PR-3' }), aWorkItem({ key: 'PR-4' })],
      '2026-03-01T00:00:00Z',
    );
    expect([result.actualFraction, result.actualBasis]).toEqual([0.25, 'count']);
  });

  it('weighs dated work items equally when no item carries a budget', () => {
    const result = projectEarnedValueInputs(
      [
        aWorkItem({ key: 'PR-1', due: '2026-02-01' }), // passed: 1
        aWorkItem({ key: 'PR-2', start: '2026-03-01', due: '2026-03-11' }), // half: 0.5
        aWorkItem({ key: 'PR-3' }), // undated: not part of the plan
        aWorkItem({ key: 'PR-4', issueType: 'Risk', due: '2026-01-01' }), // RAID: not part of the plan
      ],
      '2026-03-06T00:00:00Z',
    );
    expect([result.plannedFraction, result.plannedBasis, result.bac]).toEqual([0.75, 'schedule', 0]);
  });

  it('reports no plan and no actual basis for a project without work items', () => {
    const result = projectEarnedValueInputs([aWorkItem({ issueType: 'Risk' })], '2026-03-06T00:00:00Z');
    expect(result).toEqual({ bac: 0, actualCost: 0, plannedFraction: 0, plannedBasis: 'none', actualFraction: 0, actualBasis: 'none' });
  });

  it('ignores negative or non-finite amounts instead of spoiling the totals', () => {
    const result = projectEarnedValueInputs(
      [aWorkItem({ key: 'PR-1', cost: { budget: -5, actualCost: Number.NaN } }), aWorkItem({ key: 'PR-2', cost: { budget: 10, actualCost: 4 } })],
      '2026-03-06T00:00:00Z',
    );
    expect([result.bac, result.actualCost]).toEqual([10, 4]);
  });
});

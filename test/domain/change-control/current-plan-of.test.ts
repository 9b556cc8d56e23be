import { currentPlanOf } from '../../../src/domain/change-control/current-plan-of';
import { defaultRaidMapping } from '../../../src/domain/raid/default-raid-mapping';
import { aWorkItem } from '../builders/a-work-item';

describe('currentPlanOf', () => {
  const epic = aWorkItem({ key: 'CORE-9', issueType: 'Epic', hierarchyLevel: 1, cost: { budget: 80_000 } });
  const story = aWorkItem({ key: 'CORE-11', estimate: { storyPoints: 5 }, cost: { budget: 20_000 } });
  const risk = aWorkItem({ key: 'CORE-30', issueType: 'Risk', estimate: { storyPoints: 8 } });
  const change = aWorkItem({ key: 'CORE-40', issueType: 'Change Request', estimate: { storyPoints: 13 }, cost: { budget: 5_000 } });

  it('sums the budgets and the work items story points, leaving RAID items and change requests out', () => {
    expect(currentPlanOf([epic, story, risk, change], new Set(['CORE-40']), defaultRaidMapping)).toEqual({
      items: [epic, story, risk, change],
      budgetAtCompletion: 100_000,
      scope: 5,
    });
  });

  it('has no budget and no scope when no item carries one', () => {
    expect(currentPlanOf([aWorkItem()], new Set(), defaultRaidMapping)).toMatchObject({ budgetAtCompletion: null, scope: null });
  });
});

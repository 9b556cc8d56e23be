import fc from 'fast-check';
import { planIssueMix } from '../../../local/demo/plan-issue-mix';

const sum = (mix: ReturnType<typeof planIssueMix>): number => Object.values(mix).reduce((a, b) => a + b, 0);

describe('planIssueMix', () => {
  it('always adds up to the total, with sub-tasks never outnumbering their possible parents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom('scrum' as const, 'classic' as const, 'kanban' as const), (total, style) => {
        const mix = planIssueMix(total, style);
        return sum(mix) === total && Object.values(mix).every((n) => n >= 0) && mix.subtasks <= mix.stories + mix.tasks + mix.bugs;
      }),
    );
  });

  it.each([
    ['risks', 100],
    ['epics', 100],
    ['milestones', 75],
    ['subtasks', 325],
  ] as const)('gives a 2,500-issue Scrum project %d %s', (kind, count) => {
    expect(planIssueMix(2500, 'scrum')[kind]).toBe(count);
  });

  it('gives a fair-sized project at least a few of every governed kind', () => {
    const mix = planIssueMix(50, 'classic');
    expect([mix.epics, mix.milestones, mix.gates, mix.risks, mix.assumptions, mix.raidIssues, mix.dependencies].every((n) => n >= 2)).toBe(true);
    expect(mix.risks).toBeGreaterThanOrEqual(4);
  });

  it('gives a Kanban project no epics, milestones, gates or RAID items', () => {
    const mix = planIssueMix(500, 'kanban');
    expect([mix.epics, mix.milestones, mix.gates, mix.risks, mix.assumptions, mix.raidIssues, mix.dependencies]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(mix.stories + mix.tasks + mix.bugs + mix.subtasks).toBe(500);
  });
});

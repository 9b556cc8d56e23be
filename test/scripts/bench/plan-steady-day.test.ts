import { planSteadyDay } from '../../../scripts/bench/plan-steady-day';

const DAY_MS = 86_400_000;

describe('planSteadyDay', () => {
  it.each([
    [1000, 20, 1],
    [10_000, 200, 10],
    [100_000, 2000, 100],
  ])('plans 2%% edits and 0.1%% deletions of a %i-issue site', (issues, edits, deletes) => {
    const day = planSteadyDay(issues);
    expect(day.filter((change) => change.kind === 'edit')).toHaveLength(edits);
    expect(day.filter((change) => change.kind === 'delete')).toHaveLength(deletes);
  });

  it('deletes each issue once and never edits an issue it deletes', () => {
    const day = planSteadyDay(10_000, { deleteShare: 0.05, editShare: 0.5 });
    const deleted = day.filter((change) => change.kind === 'delete').map((change) => change.index);
    expect(new Set(deleted).size).toBe(deleted.length);
    const edited = new Set(day.filter((change) => change.kind === 'edit').map((change) => change.index));
    expect(deleted.filter((index) => edited.has(index))).toEqual([]);
  });

  it('edits a busy issue again, each edit counted', () => {
    const day = planSteadyDay(100, { editShare: 3 });
    const edited = day.filter((change) => change.kind === 'edit').map((change) => change.index);
    expect(edited).toHaveLength(300);
    expect(new Set(edited).size).toBeLessThan(edited.length);
  });

  it('spreads the changes evenly over the day, in time order, with edits and deletions mixed', () => {
    const day = planSteadyDay(10_000);
    const times = day.map((change) => change.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(0);
    expect(times.at(-1)).toBeLessThan(DAY_MS);
    const firstDelete = day.findIndex((change) => change.kind === 'delete');
    expect(firstDelete).toBeGreaterThan(0);
    expect(firstDelete).toBeLessThan(day.length - 10);
  });

  it('picks only issues the site has', () => {
    expect(planSteadyDay(50, { editShare: 10 }).every((change) => change.index >= 0 && change.index < 50)).toBe(true);
  });

  it('plans the same day from the same seed and another from another seed', () => {
    expect(planSteadyDay(5000)).toEqual(planSteadyDay(5000));
    expect(planSteadyDay(5000, { seed: 1 })).not.toEqual(planSteadyDay(5000, { seed: 2 }));
  });

  it('plans nothing for an empty site', () => {
    expect(planSteadyDay(0)).toEqual([]);
  });
});

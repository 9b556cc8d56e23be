import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import { compareRollups } from '../../../src/domain/trend/compare-rollups';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';
import { aWorkItem } from '../builders/a-work-item';

const lastWeek = '2026-03-03T12:00:00Z';
const today = '2026-03-10T12:00:00Z';

// Last week: 1 of 5 work items done (EV 200 of BAC 1,000), 200 spent (CPI 1), one open high risk, a milestone due
// 2026-03-05 not yet late. Today: 3 of 5 done, 1,000 spent (CPI 0.6), the risk raised to critical and a new medium
// one logged, the milestone overdue.
const before: WorkItem[] = [
  aWorkItem({ key: 'PR-1', statusCategory: 'done', cost: { budget: 1_000, actualCost: 200 } }),
  aWorkItem({ key: 'PR-2' }),
  aWorkItem({ key: 'PR-3' }),
  aWorkItem({ key: 'PR-4' }),
  aWorkItem({ key: 'PR-5', issueType: 'Risk', raid: { probability: 3, impact: 4 } }),
  aWorkItem({ key: 'PR-6', issueType: 'Milestone', due: '2026-03-05' }),
];
const after: WorkItem[] = [
  aWorkItem({ key: 'PR-1', statusCategory: 'done', cost: { budget: 1_000, actualCost: 1_000 } }),
  aWorkItem({ key: 'PR-2', statusCategory: 'done' }),
  aWorkItem({ key: 'PR-3', statusCategory: 'done' }),
  aWorkItem({ key: 'PR-4' }),
  aWorkItem({ key: 'PR-5', issueType: 'Risk', raid: { probability: 4, impact: 4 } }),
  aWorkItem({ key: 'PR-7', issueType: 'Risk', raid: { probability: 2, impact: 3 } }),
  aWorkItem({ key: 'PR-6', issueType: 'Milestone', due: '2026-03-05' }),
];

describe('compareRollups', () => {
  const previous = computeProjectRollup(aProjectRollupInput('PR', before), lastWeek);
  const current = computeProjectRollup({ ...aProjectRollupInput('PR', after), compliance: { score: 0.8, passed: 8, checked: 10 } }, today);
  const trend = compareRollups(previous, current);

  it('names the project and both snapshots', () => {
    expect([trend.projectKey, trend.previousAsOf, trend.currentAsOf]).toEqual(['PR', lastWeek, today]);
  });

  it.each([
    ['calls progress by count rising from 1 of 5 to 3 of 5 work items better', 'progressByCount', 2 / 5, 'up', 'better'],
    ['calls one more open risk worse', 'openRisks', 1, 'up', 'worse'],
    ['calls a newly overdue milestone worse', 'overdueMilestones', 1, 'up', 'worse'],
  ] as const)('%s', (_behaviour, metric, delta, direction, assessment) => {
    const change = trend.metrics[metric];
    expect(change.delta).toBeCloseTo(delta, 12);
    expect([change.direction, change.assessment]).toEqual([direction, assessment]);
  });

  it('calls a falling CPI worse', () => {
    expect(trend.metrics.cpi).toMatchObject({ direction: 'down', assessment: 'worse' });
  });

  it('cannot judge compliance that was not evaluated before', () => {
    expect(trend.metrics.compliance).toMatchObject({ previous: null, current: 0.8, direction: null, assessment: 'unknown' });
  });

  it('cannot judge progress by estimate when neither snapshot has estimates', () => {
    expect(trend.metrics.progressByEstimate.assessment).toBe('unknown');
  });

  it.each([
    ['risk turned from amber to red', 'risk', 'amber', 'red', 'worse'],
    ['cost turned from green to red', 'cost', 'green', 'red', 'worse'],
    ['schedule turned from green to amber', 'schedule', 'green', 'amber', 'worse'],
    ['compliance gained data', 'compliance', 'grey', 'amber', 'unknown'],
  ] as const)('reports that %s', (_behaviour, dimension, from, to, assessment) => {
    expect(trend.rag[dimension]).toEqual({ previous: from, current: to, changed: true, assessment });
  });

  it('reports the overall colour change', () => {
    expect(trend.overall).toEqual({ previous: 'amber', current: 'red', changed: true, assessment: 'worse' });
  });

  it('finds nothing changed between a roll-up and itself', () => {
    const same = compareRollups(current, current);
    expect(Object.values(same.metrics).every((change) => change.assessment === 'unchanged' || change.assessment === 'unknown')).toBe(true);
    expect(Object.values(same.rag).every((change) => !change.changed)).toBe(true);
  });

  it('refuses to compare different projects', () => {
    const other = computeProjectRollup(aProjectRollupInput('OTHER', before), today);
    expect(() => compareRollups(previous, other)).toThrow(RangeError);
  });
});

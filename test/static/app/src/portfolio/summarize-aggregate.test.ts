import { summarizeAggregate } from '../../../../../static/app/src/portfolio/summarize-aggregate';
import { aggregateRollups } from '../../../../../src/domain/rollup/aggregate-rollups';
import { aChangeControl, aRollup, withChangeControl } from './a-portfolio';

function fact(facts: ReturnType<typeof summarizeAggregate>, term: string): string | undefined {
  return facts.find((f) => f.term === term)?.value;
}

describe('summarizeAggregate', () => {
  // 1 of 5, 4 of 5 and 0 of 4 items done: 5 of 14, so 35%, where averaging the projects' ratios would give 33%;
  // none is estimated, so all three are measured by count.
  const facts = summarizeAggregate(
    aggregateRollups('Core', [
      aRollup('CORE', 'Core', { done: 1, risk: 'critical', due: '2026-03-01' }),
      aRollup('DATA', 'Core', { done: 4, due: '2026-04-01' }),
      aRollup('OPS', 'Core', { done: 0 }),
    ]),
  );

  it.each([
    ['Projects', '3'],
    ['Overall', '1 red, 1 green, 1 no data'],
    ['Progress', '35% (3 projects: 3 by count)'],
    ['Overdue milestones', '1'],
    ['Open risks', '1 critical, 0 high'],
    ['Compliance', 'not evaluated'],
    ['CPI', '–'],
    ['SPI', '–'],
  ])('gives %s as %s', (term, value) => {
    expect(fact(facts, term)).toBe(value);
  });

  it('weights compliance by the checks each evaluated project ran and says how many were evaluated', () => {
    const evaluated = { ...aRollup('CORE', 'Core'), compliance: { status: 'evaluated' as const, score: 0.5, passed: 1, checked: 2 } };
    const big = { ...aRollup('DATA', 'Core'), compliance: { status: 'evaluated' as const, score: 1, passed: 8, checked: 8 } };
    const aggregate = aggregateRollups('Core', [evaluated, big, aRollup('OPS', 'Core')]);
    expect(fact(summarizeAggregate(aggregate), 'Compliance')).toBe('90% (2 of 3 projects evaluated)');
  });

  it('counts a project measured by count beside one measured by points, and says how each was measured', () => {
    // Points: 1 of 4 stories done, worth 2 of 6 points (33%). Count: 3 of 5 items done (60%). (4 x 1/3 + 3) / 9 = 48%.
    const points = aRollup('PTS', 'Core', { done: 1 });
    const estimated = { ...points, progress: { ...points.progress, byEstimate: { done: 2, total: 6, ratio: 2 / 6 } } };
    const counted = { ...aRollup('CNT', 'Core'), progress: { byCount: { done: 3, total: 5, ratio: 0.6 }, byEstimate: { done: 0, total: 0, ratio: null } } };
    expect(fact(summarizeAggregate(aggregateRollups('Core', [estimated, counted])), 'Progress')).toBe('48% (2 projects: 1 by points, 1 by count)');
  });

  it('says there are no projects for an empty aggregate', () => {
    expect(fact(summarizeAggregate(aggregateRollups('Empty', [])), 'Overall')).toBe('no projects');
  });

  it.each<[string, ReturnType<typeof aRollup>[], string, string]>([
    ['no project has change control computed yet', [aRollup('ALPHA', 'Core'), aRollup('BETA', 'Core')], 'not computed yet', 'not computed yet'],
    [
      'computed for one of two projects, with no baseline approved',
      [withChangeControl(aRollup('ALPHA', 'Core'), aChangeControl({ baselineVersion: null, pending: 2, oldestPendingDays: 3 })), aRollup('BETA', 'Core')],
      '2 (1 of 2 projects computed)',
      'no approved baseline',
    ],
    [
      'computed for both, one baselined',
      [
        withChangeControl(aRollup('ALPHA', 'Core'), aChangeControl({ baselineVersion: null, pending: 2, oldestPendingDays: 3 })),
        withChangeControl(aRollup('BETA', 'Core'), aChangeControl({ pending: 1, oldestPendingDays: 1, uncontrolledSlips: 4 })),
      ],
      '3',
      '4 (1 of 2 projects baselined)',
    ],
  ])('sums pending changes and uncontrolled slips when %s', (_what, rollups, pending, slips) => {
    const facts = summarizeAggregate(aggregateRollups('Core', rollups));
    expect([fact(facts, 'Pending changes'), fact(facts, 'Uncontrolled slips')]).toEqual([pending, slips]);
  });
});

import { aggregateRollups } from '../../../src/domain/rollup/aggregate-rollups';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ComplianceInput } from '../../../src/domain/rollup/compliance-input';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';
import { aWorkItem } from '../builders/a-work-item';

const now = '2026-03-10T12:00:00Z';

function rollup(key: string, items: readonly WorkItem[], compliance: ComplianceInput | null = null, at = now) {
  return computeProjectRollup({ ...aProjectRollupInput(key, items), compliance }, at);
}

describe('aggregateRollups', () => {
  // Big: 9 of 10 items done. Small: 0 of 2 done. Mean of ratios would be 0.45; weighted is 9/12 = 0.75.
  const big = rollup(
    'BIG',
    Array.from({ length: 10 }, (_unused, i) => aWorkItem({ key: `BIG-${i + 1}`, statusCategory: i < 9 ? 'done' : 'new' })),
  );
  const small = rollup('SMALL', [aWorkItem({ key: 'SMALL-1' }), aWorkItem({ key: 'SMALL-2' })]);

  it("weights progress by size instead of averaging the projects' ratios", () => {
    expect(aggregateRollups('Program', [big, small]).progress.byCount).toEqual({ done: 9, total: 12, ratio: 0.75 });
  });

  it('lists its projects by key', () => {
    expect(aggregateRollups('Program', [small, big]).projectKeys).toEqual(['BIG', 'SMALL']);
  });

  it('recomputes earned value from summed totals', () => {
    const a = rollup('AA', [
      aWorkItem({ key: 'AA-1', statusCategory: 'done', start: '2026-01-01', due: '2026-02-01', cost: { budget: 1_000, actualCost: 1_000 } }),
    ]);
    const b = rollup('BB', [aWorkItem({ key: 'BB-1', start: '2026-03-01', due: '2026-04-01', cost: { budget: 3_000, actualCost: 500 } })]);
    // A: PV 1,000, EV 1,000, AC 1,000. B: 9 of 31 days elapsed, PV 3,000 x 9/31, EV 0, AC 500.
    const { earnedValue } = aggregateRollups('Program', [a, b]);
    expect(earnedValue.bac).toBe(4_000);
    expect(earnedValue.ac).toBe(1_500);
    expect(earnedValue.ev).toBe(1_000);
    expect(earnedValue.pv).toBeCloseTo(1_000 + (3_000 * 9) / 31, 9);
    expect(earnedValue.cpi).toBeCloseTo(1_000 / 1_500, 12);
  });

  it('weights compliance by the checks each evaluated project ran, ignoring projects not evaluated', () => {
    const a = rollup('AA', [], { score: 1, passed: 10, checked: 10 });
    const b = rollup('BB', [], { score: 0.5, passed: 15, checked: 30 });
    const c = rollup('CC', []);
    expect(aggregateRollups('Program', [a, b, c]).compliance).toEqual({ status: 'evaluated', score: 25 / 40, passed: 25, checked: 40, evaluatedProjects: 2 });
  });

  it('is neutral on compliance when no project is evaluated', () => {
    expect(aggregateRollups('Program', [small]).compliance).toEqual({ status: 'not-evaluated', score: null, passed: 0, checked: 0, evaluatedProjects: 0 });
  });

  it('counts projects per colour and dimension, and takes the worst overall colour', () => {
    const green = rollup('GG', [aWorkItem({ key: 'GG-1', issueType: 'Risk', raid: { probability: 1, impact: 1 } })]);
    const red = rollup('RR', [aWorkItem({ key: 'RR-1', issueType: 'Risk', raid: { probability: 5, impact: 5 } })]);
    const grey = rollup('EE', []);
    const program = aggregateRollups('Program', [green, red, grey]);
    expect(program.rag.risk).toEqual({ green: 1, amber: 0, red: 1, grey: 1 });
    expect(program.overallCounts).toEqual({ green: 1, amber: 0, red: 1, grey: 1 });
    expect(program.overall).toBe('red');
  });

  it('names the earliest next milestone of any project', () => {
    const a = rollup('AA', [aWorkItem({ key: 'AA-1', issueType: 'Milestone', due: '2026-04-01' })]);
    const b = rollup('BB', [aWorkItem({ key: 'BB-7', issueType: 'Milestone', due: '2026-03-20', summary: 'Pilot' })]);
    expect(aggregateRollups('Program', [a, b]).milestones.next).toEqual({ key: 'BB-7', summary: 'Pilot', due: '2026-03-20' });
  });

  it('sums slip days and keeps the largest slip', () => {
    const a = rollup('AA', [aWorkItem({ key: 'AA-1', issueType: 'Milestone', due: '2026-03-05' })]); // 5 days
    const b = rollup('BB', [aWorkItem({ key: 'BB-1', issueType: 'Milestone', due: '2026-03-01' })]); // 9 days
    expect(aggregateRollups('Program', [a, b]).milestones.slip).toEqual({ slipped: 2, totalDays: 14, maxDays: 9 });
  });

  it('is as of its oldest roll-up, comparing instants rather than text', () => {
    const earlier = rollup('AA', [], null, '2026-03-10T09:00:00+02:00'); // 07:00Z
    const later = rollup('BB', [], null, '2026-03-10T08:00:00Z');
    expect(aggregateRollups('Program', [later, earlier]).asOf).toBe('2026-03-10T09:00:00+02:00');
  });

  it('answers an empty aggregate for no projects', () => {
    const empty = aggregateRollups('Nothing', []);
    expect([empty.asOf, empty.counts.total, empty.progress.byCount.ratio, empty.overall, empty.earnedValue.spi]).toEqual([null, 0, null, 'grey', null]);
  });

  describe('combined progress: each project by its own measure, weighted by its work items', () => {
    // Points: 3 items, 2 of 6 points done (33% by points, 67% by count). Count: 5 unestimated items, 3 done (60%).
    const points = rollup('PTS', [
      aWorkItem({ key: 'PTS-1', statusCategory: 'done', estimate: { storyPoints: 1 } }),
      aWorkItem({ key: 'PTS-2', statusCategory: 'done', estimate: { storyPoints: 1 } }),
      aWorkItem({ key: 'PTS-3', estimate: { storyPoints: 4 } }),
    ]);
    const counted = rollup(
      'CNT',
      Array.from({ length: 5 }, (_unused, i) => aWorkItem({ key: `CNT-${i + 1}`, statusCategory: i < 3 ? 'done' : 'new' })),
    );
    const empty = rollup('NONE', []);

    it.each([
      // (3 x 1/3 + 3) / 8: between 33% and 60%, where summed points alone gave 33% and dropped the count project.
      ['a points project at 33% and a count project at 60%', [points, counted], { done: 4, total: 8, ratio: 0.5 }, { estimate: 1, count: 1, none: 0 }],
      ['two count projects, which equals their summed counts', [big, small], { done: 9, total: 12, ratio: 0.75 }, { estimate: 0, count: 2, none: 0 }],
      ['one points project, by its points rather than its count', [points], { done: 1, total: 3, ratio: 1 / 3 }, { estimate: 1, count: 0, none: 0 }],
      [
        'a count project and one with no work items, which weighs nothing',
        [counted, empty],
        { done: 3, total: 5, ratio: 0.6 },
        { estimate: 0, count: 1, none: 1 },
      ],
      ['no projects', [], { done: 0, total: 0, ratio: null }, { estimate: 0, count: 0, none: 0 }],
    ])('combines %s', (_case, rollups, combined, measuredBy) => {
      const { progress } = aggregateRollups('Program', rollups);
      expect(progress.combined).toEqual(combined);
      expect(progress.measuredBy).toEqual(measuredBy);
    });

    it('keeps the summed measures beside the combined figure', () => {
      const { progress } = aggregateRollups('Program', [points, counted]);
      expect([progress.byEstimate, progress.byCount]).toEqual([
        { done: 2, total: 6, ratio: 2 / 6 },
        { done: 5, total: 8, ratio: 5 / 8 },
      ]);
    });
  });
});

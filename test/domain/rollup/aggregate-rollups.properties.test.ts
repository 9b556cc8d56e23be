import fc from 'fast-check';
import { aggregateRollups } from '../../../src/domain/rollup/aggregate-rollups';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { nowArbitrary, workItemsArbitrary } from '../arbitraries/work-item-arbitrary';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';

const projectKeys = ['ALPHA', 'BETA', 'GAMMA'];

function rollupsOf(items: readonly WorkItem[], now: string): ProjectRollup[] {
  return projectKeys.map((key) =>
    computeProjectRollup(
      aProjectRollupInput(
        key,
        items.filter((item) => item.projectKey === key),
      ),
      now,
    ),
  );
}

function sumOf(rollups: readonly ProjectRollup[], pick: (rollup: ProjectRollup) => number): number {
  return rollups.reduce((sum, rollup) => sum + pick(rollup), 0);
}

const portfolioItems = workItemsArbitrary({ projectKeys, maxLength: 90 });

describe('aggregateRollups properties', () => {
  it('equals the sum of its projects: items, done, estimate, BAC, AC and RAID counts', () => {
    fc.assert(
      fc.property(portfolioItems, nowArbitrary, (items, now) => {
        const rollups = rollupsOf(items, now);
        const portfolio = aggregateRollups('Portfolio', rollups);
        const picks: readonly ((rollup: Pick<ProjectRollup, 'counts' | 'progress' | 'earnedValue' | 'raid'>) => number)[] = [
          (r) => r.counts.total,
          (r) => r.counts.done,
          (r) => r.progress.byCount.done,
          (r) => r.progress.byCount.total,
          (r) => r.progress.byEstimate.done,
          (r) => r.progress.byEstimate.total,
          (r) => r.earnedValue.bac,
          (r) => r.earnedValue.ac,
          (r) => r.raid.byKind.risk.total,
          (r) => r.raid.byKind.risk.open,
          (r) => r.raid.byKind.assumption.total,
          (r) => r.raid.byKind.issue.total,
          (r) => r.raid.byKind.dependency.open,
          (r) => r.raid.openRisksBySeverity.critical,
          (r) => r.raid.openRisksBySeverity.unscored,
          (r) => r.raid.crossProjectDependencies,
        ];
        for (const pick of picks) {
          expect(pick(portfolio)).toBe(sumOf(rollups, pick));
        }
        expect(portfolio.counts.total).toBe(items.length);
        expect(portfolio.counts.done).toBe(items.filter((item) => item.statusCategory === 'done').length);
      }),
    );
  });

  it('recomputes ratios from sums, which keeps them within [0, 1]', () => {
    fc.assert(
      fc.property(portfolioItems, nowArbitrary, (items, now) => {
        const portfolio = aggregateRollups('Portfolio', rollupsOf(items, now));
        const { byCount } = portfolio.progress;
        expect(byCount.ratio).toBe(byCount.total === 0 ? null : byCount.done / byCount.total);
        for (const share of [byCount.ratio, portfolio.progress.byEstimate.ratio, portfolio.compliance.score]) {
          if (share !== null) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('of one roll-up equals that roll-up', () => {
    fc.assert(
      fc.property(workItemsArbitrary({ projectKeys: ['ALPHA'] }), nowArbitrary, (items, now) => {
        const rollup = computeProjectRollup(aProjectRollupInput('ALPHA', items), now);
        const single = aggregateRollups('Alpha program', [rollup]);
        expect({
          asOf: single.asOf,
          counts: single.counts,
          progress: { byCount: single.progress.byCount, byEstimate: single.progress.byEstimate },
          milestones: single.milestones,
          gates: single.gates,
          raid: single.raid,
          earnedValue: single.earnedValue,
          overall: single.overall,
        }).toEqual({
          asOf: rollup.asOf,
          counts: rollup.counts,
          progress: rollup.progress,
          milestones: rollup.milestones,
          gates: rollup.gates,
          raid: rollup.raid,
          earnedValue: rollup.earnedValue,
          overall: rollup.overall.rag,
        });
        expect(single.rag.cost[rollup.rag.cost.rag]).toBe(1);
      }),
    );
  });

  it('does not depend on the order of the roll-ups', () => {
    fc.assert(
      fc.property(portfolioItems, nowArbitrary, fc.boolean(), (items, now, reverse) => {
        const rollups = rollupsOf(items, now);
        const reordered = reverse ? [...rollups].reverse() : [rollups[1]!, rollups[2]!, rollups[0]!];
        expect(aggregateRollups('Portfolio', reordered)).toEqual(aggregateRollups('Portfolio', rollups));
      }),
    );
  });

  it("combines progress within its projects' own fractions, and counts every project one way or another", () => {
    // Dropping the estimates of some projects makes programs that mix points and count projects.
    fc.assert(
      fc.property(portfolioItems, fc.subarray(projectKeys), nowArbitrary, (items, unestimated, now) => {
        const mixed = items.map((item) => (unestimated.includes(item.projectKey) ? { ...item, estimate: { ...item.estimate, storyPoints: null } } : item));
        const rollups = rollupsOf(mixed, now);
        const { combined, measuredBy } = aggregateRollups('Program', rollups).progress;
        const fractions = rollups.flatMap(({ progress }) => {
          const own = progress.byEstimate.total > 0 ? progress.byEstimate.ratio : progress.byCount.ratio;
          return own === null ? [] : [own];
        });
        expect(measuredBy.estimate + measuredBy.count + measuredBy.none).toBe(rollups.length);
        expect(measuredBy.none).toBe(rollups.length - fractions.length);
        expect(combined.total).toBe(sumOf(rollups, (r) => r.progress.byCount.total));
        if (fractions.length === 0) {
          expect(combined.ratio).toBeNull();
        } else {
          // One rounding of each product and of the division may step a last digit past the bounds.
          expect(combined.ratio).toBeGreaterThanOrEqual(Math.min(...fractions) - 1e-12);
          expect(combined.ratio).toBeLessThanOrEqual(Math.max(...fractions) + 1e-12);
        }
      }),
    );
  });
});

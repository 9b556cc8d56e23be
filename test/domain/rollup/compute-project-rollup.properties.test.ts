import fc from 'fast-check';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { nowArbitrary, workItemArbitrary, workItemsArbitrary } from '../arbitraries/work-item-arbitrary';
import { aProjectRollupInput } from '../builders/a-project-rollup-input';

function rollupOf(items: readonly WorkItem[], now: string): ProjectRollup {
  return computeProjectRollup(aProjectRollupInput('ALPHA', items), now);
}

const projectItems = workItemsArbitrary({ projectKeys: ['ALPHA'] });

describe('computeProjectRollup properties', () => {
  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(
        projectItems.chain((items) => fc.tuple(fc.constant(items), fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }))),
        nowArbitrary,
        ([items, shuffled], now) => {
          expect(rollupOf(shuffled, now)).toEqual(rollupOf(items, now));
        },
      ),
    );
  });

  it('never lowers progress, by count or by estimate, when a done item is added', () => {
    fc.assert(
      fc.property(projectItems, workItemArbitrary({ projectKeys: ['ALPHA'], maxIssueNumber: 10_000 }), nowArbitrary, (items, extra, now) => {
        const done: WorkItem = { ...extra, statusCategory: 'done', statusName: 'Done' };
        const before = rollupOf(
          items.filter((item) => item.key !== done.key),
          now,
        ).progress;
        const after = rollupOf([...items.filter((item) => item.key !== done.key), done], now).progress;
        expect(after.byCount.ratio ?? 1).toBeGreaterThanOrEqual(before.byCount.ratio ?? 0);
        expect(after.byEstimate.ratio ?? 1).toBeGreaterThanOrEqual(before.byEstimate.ratio ?? 0);
        expect(after.byCount.done).toBeGreaterThanOrEqual(before.byCount.done);
      }),
    );
  });

  it('keeps every ratio and fraction within [0, 1]', () => {
    fc.assert(
      fc.property(projectItems, nowArbitrary, (items, now) => {
        const rollup = rollupOf(items, now);
        const shares = [rollup.progress.byCount.ratio, rollup.progress.byEstimate.ratio, rollup.plan.plannedFraction, rollup.plan.actualFraction].filter(
          (share): share is number => share !== null,
        );
        for (const share of shares) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('counts each item once: status categories add up to the total, done work never exceeds all work', () => {
    fc.assert(
      fc.property(projectItems, nowArbitrary, (items, now) => {
        const { counts, progress } = rollupOf(items, now);
        expect(counts.new + counts.indeterminate + counts.done).toBe(items.length);
        expect(counts.total).toBe(items.length);
        expect(progress.byCount.done).toBeLessThanOrEqual(progress.byCount.total);
        expect(progress.byEstimate.done).toBeLessThanOrEqual(progress.byEstimate.total);
      }),
    );
  });

  it('is plain JSON data that reads back equal, whatever the items', () => {
    fc.assert(
      fc.property(projectItems, nowArbitrary, (items, now) => {
        const rollup = rollupOf(items, now);
        expect(JSON.parse(JSON.stringify(rollup))).toEqual(rollup);
      }),
    );
  });
});

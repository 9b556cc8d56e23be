import fc from 'fast-check';
import { changeOutcomes } from '../../../src/domain/change-control/change-outcome';
import { defaultChangePolicy } from '../../../src/domain/change-control/default-change-policy';
import { summarizeChangeControl } from '../../../src/domain/change-control/summarize-change-control';
import { addCalendarDays } from '../../../src/domain/time/add-calendar-days';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { aWorkItem } from '../builders/a-work-item';
import { aDay } from './builders/a-day';
import { aDecision } from './builders/a-decision';
import { coreV1 } from './builders/core-v1';

const today = aDay('2026-03-10');
const statuses = ['To Do', 'In Review', 'Approved', 'Rejected', 'Deferred'] as const;

const itemArbitrary = fc.record({
  number: fc.integer({ min: 1, max: 60 }),
  kind: fc.constantFrom('Change Request', 'Milestone', 'Gate', 'Epic', 'Story', 'Task'),
  changeLabel: fc.boolean(),
  status: fc.constantFrom(...statuses),
  dueOffset: fc.option(fc.integer({ min: -40, max: 60 }), { nil: null }),
  raisedDaysAgo: fc.integer({ min: -5, max: 90 }),
});
const decisionArbitrary = fc.record({ number: fc.integer({ min: 1, max: 60 }), outcome: fc.constantFrom(...changeOutcomes) });

type ItemSpec = typeof itemArbitrary extends fc.Arbitrary<infer T> ? T : never;
type DecisionSpec = typeof decisionArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** One item per number, as a project holds one issue per key. */
function itemsOf(specs: readonly ItemSpec[]): WorkItem[] {
  const seen = new Set<number>();
  return specs.filter((spec) => !seen.has(spec.number) && seen.add(spec.number)).map(itemOf);
}

/** Each decision at its own hour, in list order, so the latest per change is its last. */
function decisionsOf(specs: readonly DecisionSpec[]) {
  return specs.map((d, index) => aDecision(`CORE-${String(d.number)}`, d.outcome, { decidedAt: `2026-03-05T${String(index).padStart(2, '0')}:00:00.000Z` }));
}

function itemOf(spec: ItemSpec): WorkItem {
  const key = `CORE-${String(spec.number)}`;
  const raised = addCalendarDays(today, -spec.raisedDaysAgo);
  return aWorkItem({
    key,
    issueType: spec.kind,
    hierarchyLevel: spec.kind === 'Epic' ? 1 : 0,
    labels: spec.changeLabel ? ['change-request'] : [],
    statusName: spec.status,
    due: spec.dueOffset === null ? null : addCalendarDays(aDay('2026-03-01'), spec.dueOffset),
    created: `${raised}T08:00:00.000+0000`,
  });
}

describe('summarizeChangeControl (properties)', () => {
  it('counts every change request as either pending or decided, ages the pending ones, and finds no slip without a baseline', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 40 }),
        fc.array(decisionArbitrary, { maxLength: 20 }),
        fc.boolean(),
        (specs, decisionSpecs, baselined) => {
          const items = itemsOf(specs);
          const decisions = decisionsOf(decisionSpecs);
          const summary = summarizeChangeControl({ items, policy: defaultChangePolicy, current: baselined ? coreV1() : null, decisions }, today);
          const changes = items.filter((item) => item.issueType === 'Change Request' || item.labels.includes('change-request'));
          const decided = changes.filter((item) => {
            const last = decisions.filter((decision) => decision.changeKey === item.key).at(-1);
            return (last !== undefined && last.outcome !== 'pending') || ['Approved', 'Rejected', 'Deferred'].includes(item.statusName);
          });
          expect(summary.changeRequests).toBe(changes.length);
          expect(summary.pending + decided.length).toBe(summary.changeRequests);
          expect(summary.pending === 0).toBe(summary.oldestPendingDays === null);
          expect(summary.oldestPendingDays ?? 0).toBeGreaterThanOrEqual(0);
          expect(summary.slips).toHaveLength(Math.min(10, summary.uncontrolledSlips));
          if (!baselined) {
            expect([summary.baselineVersion, summary.uncontrolledSlips, summary.budgetBeyond, summary.scopeBeyond]).toEqual([null, 0, null, null]);
          }
        },
      ),
    );
  });

  it('does not depend on the order of the items or the decisions', () => {
    fc.assert(
      fc.property(
        fc.array(itemArbitrary, { maxLength: 30 }),
        fc.array(decisionArbitrary, { maxLength: 20 }),
        fc.integer({ min: 0, max: 1000 }),
        (specs, decisionSpecs, seed) => {
          const items = itemsOf(specs);
          const decisions = decisionsOf(decisionSpecs);
          const shuffle = <T>(list: readonly T[]): T[] =>
            [...list].sort((a, b) => ((list.indexOf(a) * 7919 + seed) % 101) - ((list.indexOf(b) * 7919 + seed) % 101));
          const input = { policy: defaultChangePolicy, current: coreV1() };
          expect(summarizeChangeControl({ ...input, items: shuffle(items), decisions: shuffle(decisions) }, today)).toEqual(
            summarizeChangeControl({ ...input, items, decisions }, today),
          );
        },
      ),
    );
  });
});

import { makeExactSum } from '../math/exact-sum';
import { usableAmount } from '../math/usable-amount';
import { measureProgress } from '../progress/measure-progress';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { RaidMapping } from '../raid/raid-mapping';
import { calendarDayOf } from '../time/calendar-day-of';
import { todayOf } from '../time/today-of';
import type { WorkItem } from '../work-item/work-item';
import type { MeasuredEarnedValueInputs } from './measured-earned-value-inputs';
import { plannedFractionOf } from '../schedule/planned-fraction-of';

/**
 * Measures a project's earned value inputs from its issues at `now`. The choices, kept simple so that a PMO can
 * explain every figure:
 * - BAC is the sum of the items' `budget` (epics usually carry it) and AC the sum of their `actualCost`.
 * - Planned fraction: each budgeted item's planned duration elapsed at now (linear from start to due, clamped 0..1;
 *   an item without a start is planned 0 until its due date, one without a due date stays 0), weighted by its
 *   budget. Where no item carries a budget there is no money to weigh by, so each work item with a due date weighs
 *   the same; PV is then 0 anyway, but the scope RAG can still compare progress with the plan.
 * - Actual fraction: the project-level share of story points done over all work items (RAID items excluded), or
 *   the share of work items done when nothing is estimated. It is not allocated per budgeted item: Jira's parent
 *   links rarely cover all the work, and a project-wide share is the figure a team recognises.
 *
 * @throws RangeError when `now` is not an ISO 8601 date-time.
 * @example
 * // one epic with budget 100,000 planned 2026-01-01..2026-11-01 (40% elapsed), 35% of story points done,
 * // 63,000 booked as actual cost
 * projectEarnedValueInputs(items, '2026-05-01T00:00:00Z');
 * // { bac: 100000, plannedFraction: 0.4, actualFraction: 0.35, actualCost: 63000,
 * //   plannedBasis: 'budget', actualBasis: 'storyPoints' }
 */
export function projectEarnedValueInputs(
  items: readonly WorkItem[],
  now: string,
  options: { readonly raidMapping?: RaidMapping } = {},
): MeasuredEarnedValueInputs {
  const today = todayOf(now);
  const raidMapping = options.raidMapping ?? defaultRaidMapping;
  const classify = makeRaidClassifier(raidMapping);
  const bac = makeExactSum();
  const ac = makeExactSum();
  const plannedBudget = makeExactSum();
  const plannedUnweighted = makeExactSum();
  let datedWorkItems = 0;

  for (const item of items) {
    const budget = usableAmount(item.cost.budget);
    if (budget !== null && budget > 0) {
      bac.add(budget);
      plannedBudget.add(budget * plannedFractionOf(item, today));
    }
    const actualCost = usableAmount(item.cost.actualCost);
    if (actualCost !== null) {
      ac.add(actualCost);
    }
    if (calendarDayOf(item.due) !== null && classify(item) === null) {
      datedWorkItems += 1;
      plannedUnweighted.add(plannedFractionOf(item, today));
    }
  }

  const budgetTotal = bac.total();
  const progress = measureProgress(items, raidMapping);
  const planned =
    budgetTotal > 0
      ? { plannedFraction: Math.min(1, plannedBudget.total() / budgetTotal), plannedBasis: 'budget' as const }
      : datedWorkItems > 0
        ? { plannedFraction: Math.min(1, plannedUnweighted.total() / datedWorkItems), plannedBasis: 'schedule' as const }
        : { plannedFraction: 0, plannedBasis: 'none' as const };
  const actual =
    progress.byEstimate.ratio !== null
      ? { actualFraction: progress.byEstimate.ratio, actualBasis: 'storyPoints' as const }
      : progress.byCount.ratio !== null
        ? { actualFraction: progress.byCount.ratio, actualBasis: 'count' as const }
        : { actualFraction: 0, actualBasis: 'none' as const };

  return { bac: budgetTotal, actualCost: ac.total(), ...planned, ...actual };
}

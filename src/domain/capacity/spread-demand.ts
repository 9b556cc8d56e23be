import { makeExactSum, type ExactSum } from '../math/exact-sum';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { RaidMapping } from '../raid/raid-mapping';
import type { CalendarDay } from '../time/calendar-day';
import { writtenDayOf } from '../time/written-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { CapacityUnit } from './capacity-unit';
import type { DemandSpread } from './demand-spread';
import type { Quarter } from './quarter';
import { quarterOf } from './quarter-of';
import { remainingEstimate } from './remaining-estimate';
import { spreadOverDays } from './spread-over-days';

/** The days an item's estimate is spread over, or the one quarter it all falls in. */
function windowOf(item: WorkItem, today: CalendarDay): { first: CalendarDay; last: CalendarDay } | Quarter {
  const due = writtenDayOf(item.due);
  const start = writtenDayOf(item.start);
  if (due !== null) {
    // Overdue work is still to be done, and the only quarter left to do it in is this one.
    if (due < today) return quarterOf(today);
    // A start after the due date contradicts it; the due date is the commitment, so the start is not used.
    const first = start !== null && start > today && start <= due ? start : today;
    return { first, last: due };
  }
  // A start alone says when work begins, not how long it runs: it all falls in the quarter it starts in.
  if (start !== null && start > today) return quarterOf(start);
  return quarterOf(today);
}

/**
 * Spreads the remaining estimate of a program's active work over the quarters its dates fall in, in the program's
 * unit (story points, or original estimate in person-days of 8 hours; see `remainingEstimate`). Done items and items
 * the RAID mapping classifies (risks, issues, ...) are left out, as progress leaves them out. Each item's estimate
 * goes, by calendar days and both ends included (see `spreadOverDays`):
 * - start and due: over [the later of start and today, due];
 * - due only (or a start after the due): over [today, due];
 * - overdue (due before today): all into today's quarter, where the work still has to be done;
 * - start only: all into the quarter it starts in, or today's once started;
 * - no dates: all into today's quarter, since work nobody scheduled is taken to be wanted now.
 *
 * Items are counted at every hierarchy level as Jira holds them (an estimated epic and its estimated stories count
 * twice), as progress counts them. Sums are exact, so item order cannot change a total; fractions are kept.
 *
 * @param today the day demand is counted from, from the caller's clock.
 * @example
 * // 30 points from 2027-03-01 to 2027-04-30: 31 of its 61 days in Q1, 30 in Q2
 * spreadDemand([story30Points], 'story-points', day('2027-02-15'));
 * // { byQuarter: { '2027-Q1': 30 * 31 / 61, '2027-Q2': 30 * 30 / 61 }, unestimated: 0 }  (15.2459..., 14.7540...)
 */
export function spreadDemand(items: readonly WorkItem[], unit: CapacityUnit, today: CalendarDay, raidMapping: RaidMapping = defaultRaidMapping): DemandSpread {
  const classify = makeRaidClassifier(raidMapping);
  const sums = new Map<Quarter, ExactSum>();
  const add = (quarter: Quarter, amount: number): void => {
    const sum = sums.get(quarter) ?? makeExactSum();
    sum.add(amount);
    sums.set(quarter, sum);
  };
  let unestimated = 0;
  for (const item of items) {
    if (item.statusCategory === 'done' || classify(item) !== null) continue;
    const estimate = remainingEstimate(item, unit);
    if (estimate === null) {
      unestimated += 1;
      continue;
    }
    const window = windowOf(item, today);
    if (typeof window === 'string') add(window, estimate);
    else for (const [quarter, share] of spreadOverDays(estimate, window.first, window.last)) add(quarter, share);
  }
  const byQuarter: Partial<Record<Quarter, number>> = {};
  for (const quarter of [...sums.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) byQuarter[quarter] = sums.get(quarter)?.total() ?? 0;
  return { byQuarter, unestimated };
}

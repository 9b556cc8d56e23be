import { compareIssueKeys } from '../ids/compare-issue-keys';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import type { RaidMapping } from '../raid/raid-mapping';
import type { CalendarDay } from '../time/calendar-day';
import { calendarDaysBetween } from '../time/calendar-days-between';
import { parseInstant } from '../time/parse-instant';
import { utcDayOf } from '../time/utc-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { ChangeControlInputs } from './change-control-inputs';
import type { ChangeControlSummary, SummarizedSlip } from './change-control-summary';
import { changeStateOf } from './change-state-of';
import { currentPlanOf } from './current-plan-of';
import { findUncontrolledSlips } from './find-uncontrolled-slips';
import { isChangeRequest } from './is-change-request';

/** How many slips a roll-up names; the count covers them all. */
const slipsKept = 10;

interface SummarizeChangeControlInput extends ChangeControlInputs {
  /** The project's items as the refresh read them. */
  readonly items: readonly WorkItem[];
  /** Which items are RAID items (not scope); `defaultRaidMapping` when absent. */
  readonly raidMapping?: RaidMapping;
}

/**
 * A project's change control as its roll-up keeps it, from what a refresh already holds (no changelog): the change
 * requests the policy recognises, how many wait for a decision (neither recorded in the app nor carried by a mapped
 * workflow status) and for how many calendar days the oldest has waited since it was raised, and every baselined
 * item now due later than the current approved version with no approved change covering it (approved changes made
 * that version), the latest first, with budget and scope beyond the approved figures. Before any baseline nothing
 * can slip. The result does not depend on the order of the items.
 *
 * @param today the day pending ages are counted to.
 * @example
 * // v1 approved CORE-7 for 2026-03-01; it is now due 2026-03-08. CR-12, raised 2026-03-02, waits for a decision.
 * summarizeChangeControl({ items, policy: defaultChangePolicy, current: v1, decisions: [] }, day('2026-03-10'));
 * // { baselineVersion: 1, changeRequests: 1, pending: 1, oldestPendingDays: 8, uncontrolledSlips: 1,
 * //   slips: [{ itemKey: 'CORE-7', kind: 'milestone', approvedDue: '2026-03-01', currentDue: '2026-03-08', daysLate: 7 }],
 * //   budgetBeyond: null, scopeBeyond: null }
 */
export function summarizeChangeControl(input: SummarizeChangeControlInput, today: CalendarDay): ChangeControlSummary {
  const isChange = isChangeRequest(input.policy);
  const stateOf = changeStateOf(input.policy, input.decisions);
  const changeKeys = new Set<string>();
  let pending = 0;
  let oldestPendingDays: number | null = null;
  for (const item of input.items) {
    if (!isChange(item) || changeKeys.has(item.key)) continue;
    changeKeys.add(item.key);
    if (stateOf(item).decided) continue;
    pending += 1;
    const raised = parseInstant(item.created);
    if (raised === null) continue;
    // A change raised "after" today means the clocks disagree; it has waited no time yet.
    const age = Math.max(0, calendarDaysBetween(utcDayOf(raised), today));
    oldestPendingDays = Math.max(oldestPendingDays ?? 0, age);
  }

  const { current } = input;
  const uncontrolled =
    current === null ? null : findUncontrolledSlips(current, currentPlanOf(input.items, changeKeys, input.raidMapping ?? defaultRaidMapping), []);
  const slips: SummarizedSlip[] = [...(uncontrolled?.slips ?? [])]
    .sort((a, b) => b.daysLate - a.daysLate || compareIssueKeys(a.itemKey, b.itemKey))
    .map(({ itemKey, kind, approvedDue, currentDue, daysLate }) => ({ itemKey, kind, approvedDue, currentDue, daysLate }));
  return {
    baselineVersion: current?.version ?? null,
    changeRequests: changeKeys.size,
    pending,
    oldestPendingDays,
    uncontrolledSlips: slips.length,
    slips: slips.slice(0, slipsKept),
    budgetBeyond: uncontrolled?.budget?.beyond ?? null,
    scopeBeyond: uncontrolled?.scope?.beyond ?? null,
  };
}

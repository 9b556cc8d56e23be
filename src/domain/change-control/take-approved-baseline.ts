import type { AccountId } from '../ids/account-id';
import { compareIssueKeys } from '../ids/compare-issue-keys';
import type { ProjectKey } from '../ids/project-key';
import type { Instant } from '../time/instant';
import { writtenDayOf } from '../time/written-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { ApprovedBaseline } from './approved-baseline';
import type { BaselineItem } from './baseline-item';
import { baselineItemKindOf } from './baseline-item-kind-of';

interface TakeApprovedBaselineInput {
  readonly projectKey: ProjectKey;
  /** The project's current items; other projects' items and undated or unbaselined kinds are left out. */
  readonly items: readonly Pick<WorkItem, 'key' | 'projectKey' | 'issueType' | 'labels' | 'hierarchyLevel' | 'due'>[];
  readonly budgetAtCompletion: number | null;
  /** The project's total estimate. */
  readonly scope: number | null;
  readonly approvedAt: Instant;
  readonly approvedBy: AccountId;
}

function checkAmount(name: string, value: number | null): void {
  if (value !== null && !(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`An approved ${name} is a number of zero or more, not ${String(value)}.`);
  }
}

/**
 * Version 1 of a project's approved baseline, from its current state: the due date of every milestone, gate and epic
 * that has one, its budget at completion and its total estimate. An item without a due date has no date to approve,
 * so the baseline does not hold it. The result is frozen.
 *
 * @throws RangeError when the budget or scope is negative or not a finite number.
 * @example
 * const v1 = takeApprovedBaseline({ projectKey: 'CORE', items, budgetAtCompletion: 100_000, scope: 240, approvedAt, approvedBy });
 * v1.version;   // 1
 * v1.changeKey; // null
 * v1.items;     // [{ key: 'CORE-7', kind: 'milestone', due: '2026-03-01' }, ...]
 */
export function takeApprovedBaseline(input: TakeApprovedBaselineInput): ApprovedBaseline {
  checkAmount('budget at completion', input.budgetAtCompletion);
  checkAmount('scope', input.scope);
  const byKey = new Map<string, BaselineItem>();
  for (const item of input.items) {
    const kind = baselineItemKindOf(item);
    const due = writtenDayOf(item.due);
    if (item.projectKey !== input.projectKey || kind === null || due === null || byKey.has(item.key)) continue;
    byKey.set(item.key, Object.freeze({ key: item.key, kind, due }));
  }
  const items = [...byKey.values()].sort((a, b) => compareIssueKeys(a.key, b.key));
  return Object.freeze({
    projectKey: input.projectKey,
    version: 1,
    approvedAt: input.approvedAt,
    approvedBy: input.approvedBy,
    changeKey: null,
    items: Object.freeze(items),
    budgetAtCompletion: input.budgetAtCompletion,
    scope: input.scope,
  });
}

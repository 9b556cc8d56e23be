import type { CurrentPlan } from './current-plan';
import { makeExactSum } from '../math/exact-sum';
import { usableAmount } from '../math/usable-amount';
import type { RaidMapping } from '../raid/raid-mapping';
import { makeRaidClassifier } from '../raid/make-raid-classifier';
import type { WorkItem } from '../work-item/work-item';

/**
 * A project's plan as Jira holds it now, in the roll-up's terms: the budget at completion is the sum of the items'
 * budgets and the scope the story points of its work items (RAID items and change requests are not work to deliver);
 * each is null when no item carries one.
 *
 * @example
 * currentPlanOf(items, new Set(['CORE-40']), defaultRaidMapping); // { items, budgetAtCompletion: 100000, scope: 31 }
 */
export function currentPlanOf(items: readonly WorkItem[], changeKeys: ReadonlySet<string>, raidMapping: RaidMapping): CurrentPlan {
  const classify = makeRaidClassifier(raidMapping);
  const budget = makeExactSum();
  const scope = makeExactSum();
  let budgeted = false;
  let estimated = false;
  for (const item of items) {
    if (changeKeys.has(item.key)) continue;
    const amount = usableAmount(item.cost.budget);
    if (amount !== null) {
      budget.add(amount);
      budgeted = true;
    }
    const points = classify(item) === null ? usableAmount(item.estimate.storyPoints) : null;
    if (points !== null) {
      scope.add(points);
      estimated = true;
    }
  }
  return { items, budgetAtCompletion: budgeted ? budget.total() : null, scope: estimated ? scope.total() : null };
}

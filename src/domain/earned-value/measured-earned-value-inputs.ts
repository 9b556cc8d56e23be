import type { EarnedValueInputs } from './earned-value-inputs';

/**
 * Earned value inputs measured from a project's issues, with the basis each share was measured on:
 * - plannedBasis `budget`: weighted by the items' budgets; `schedule`: no item carries a budget, so each dated work
 *   item weighs the same; `none`: no work item has a due date, so there is no plan to measure against;
 * - actualBasis `storyPoints` or `count` (no work item is estimated); `none`: there are no work items.
 */
export interface MeasuredEarnedValueInputs extends EarnedValueInputs {
  readonly plannedBasis: 'budget' | 'schedule' | 'none';
  readonly actualBasis: 'storyPoints' | 'count' | 'none';
}

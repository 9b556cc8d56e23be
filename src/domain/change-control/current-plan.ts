import type { WorkItem } from '../work-item/work-item';

/** A project's plan as Jira holds it now, to compare with its current approved baseline. */
export interface CurrentPlan {
  /** The project's items; only those the baseline holds are read. */
  readonly items: readonly Pick<WorkItem, 'key' | 'due'>[];
  readonly budgetAtCompletion: number | null;
  /** The total estimate now. */
  readonly scope: number | null;
}

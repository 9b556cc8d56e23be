import type { DueDateChange } from '../domain/report/due-date-change';

/** What happened in a period that only Jira knows (not the stored work items): the due date changes. */
export interface PeriodActivity {
  readonly dueDateChanges: readonly DueDateChange[];
}

/** The report's reads from Jira, always made as the viewer so that nothing they may not see is read. */
export interface ReportJira {
  /** Due date changes of the projects' issues updated on or after `sinceDay` (`YYYY-MM-DD`). */
  periodActivity(projectKeys: readonly string[], sinceDay: string): Promise<PeriodActivity>;
}

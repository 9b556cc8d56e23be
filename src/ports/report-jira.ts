import type { DueDateChange } from '../domain/report/due-date-change';

/** What happened in a period that only Jira knows (not the stored work items): the due date changes, and who holds the issues. */
export interface PeriodActivity {
  readonly dueDateChanges: readonly DueDateChange[];
  /** The assignees of the issues changed in the period, with their names as Jira shows them to the viewer. */
  readonly people: readonly { readonly accountId: string; readonly displayName: string }[];
}

/** The report's reads from Jira, always made as the viewer so that nothing they may not see is read. */
export interface ReportJira {
  /** Due date changes of the projects' issues updated on or after `sinceDay` (`YYYY-MM-DD`). */
  periodActivity(projectKeys: readonly string[], sinceDay: string): Promise<PeriodActivity>;
}

import type { DueDateChange } from '../../domain/report/due-date-change';

/** A due date change with its author as the changelog names them; both are absent when Jira names no author. */
export type AuthoredDueDateChange = DueDateChange & {
  readonly by?: string;
  readonly byName?: string;
};

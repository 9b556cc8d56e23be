import type { IssueKey } from '../ids/issue-key';

/** One change of an issue's due date, as its changelog records it (dates `YYYY-MM-DD`, null when unset). */
export interface DueDateChange {
  readonly key: IssueKey;
  /** When the change was made, an ISO 8601 instant. */
  readonly at: string;
  readonly from: string | null;
  readonly to: string | null;
}

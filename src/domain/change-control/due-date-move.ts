import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { CalendarDay } from '../time/calendar-day';
import type { Instant } from '../time/instant';

/** One change of an issue's due date, read from its Jira changelog. */
export interface DueDateMove {
  readonly issueKey: IssueKey;
  /** The due date before the move, or null when the issue had none. */
  readonly from: CalendarDay | null;
  /** The due date after the move, or null when it was cleared. */
  readonly to: CalendarDay | null;
  readonly at: Instant;
  /** Who moved it, or null when Jira names no author (an anonymous or system change). */
  readonly by: AccountId | null;
}

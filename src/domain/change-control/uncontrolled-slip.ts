import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { CalendarDay } from '../time/calendar-day';
import type { Instant } from '../time/instant';
import type { BaselineItemKind } from './baseline-item-kind';

/**
 * A baselined item whose due date now lies later than the current approved version allows, by days no approved
 * change accounts for.
 */
export interface UncontrolledSlip {
  readonly itemKey: IssueKey;
  readonly kind: BaselineItemKind;
  /** The due date in the current approved version. */
  readonly approvedDue: CalendarDay;
  /** The due date the item has now. */
  readonly currentDue: CalendarDay;
  /** Calendar days from the approved date to the current one: the uncontrolled remainder, always above zero. */
  readonly daysLate: number;
  /**
   * The latest changelog move that took the date past the approved one, or null when no move did: the changelog
   * was cut short, or an approved change brought the date forward and Jira kept the old one.
   */
  readonly move: {
    /** The date it had before that move (null when it had none). */
    readonly had: CalendarDay | null;
    /** The date that move gave it. */
    readonly has: CalendarDay;
    readonly movedAt: Instant;
    readonly movedBy: AccountId | null;
  } | null;
}

import type { IssueKey } from '../ids/issue-key';
import type { CalendarDay } from '../time/calendar-day';
import type { BaselineItemKind } from './baseline-item-kind';

/** One dated item of an approved baseline: the due date the project was approved on for that milestone, gate or epic. */
export interface BaselineItem {
  readonly key: IssueKey;
  readonly kind: BaselineItemKind;
  readonly due: CalendarDay;
}

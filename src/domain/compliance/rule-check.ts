import type { IssueKey } from '../ids/issue-key';
import type { CheckOutcome } from './check-outcome';

/** One check a rule made: on an item, or on the project as a whole (`itemKey` null). */
export interface RuleCheck {
  readonly itemKey: IssueKey | null;
  readonly result: CheckOutcome;
}

import type { IssueKey } from '../ids/issue-key';
import type { RuleSeverity } from './rule-severity';

/** A failed check, told so its owner can act: which rule, which item (null for the project), how bad, what to do. */
export interface Violation {
  readonly ruleId: string;
  readonly ruleTitle: string;
  readonly itemKey: IssueKey | null;
  readonly severity: RuleSeverity;
  /** What was found, e.g. "3 days overdue (due 2026-03-01)". */
  readonly message: string;
  readonly fix: string;
}

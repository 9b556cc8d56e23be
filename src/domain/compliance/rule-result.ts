import type { RuleKind } from './rule-kind';
import type { RuleSeverity } from './rule-severity';

/** One rule's share of an evaluation: its checks counted, and whether it could be evaluated here at all. */
export interface RuleResult {
  readonly ruleId: string;
  readonly title: string;
  readonly kind: RuleKind;
  readonly severity: RuleSeverity;
  /** Weight of each of its checks in the score. */
  readonly weight: number;
  readonly passed: number;
  readonly failed: number;
  readonly notApplicable: number;
  /** False for a JQL rule whose query was not run (Jira was not asked, or refused it). */
  readonly evaluated: boolean;
}

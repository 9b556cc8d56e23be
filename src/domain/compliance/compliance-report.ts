import type { RuleResult } from './rule-result';
import type { Violation } from './violation';

/**
 * A template evaluated over a project or an issue. The score is the weighted share of passed checks
 * (`weightedPassed / weightedChecked`, 1 when nothing applied), and `explanation` says so in words.
 */
export interface ComplianceReport {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly score: number;
  readonly passed: number;
  readonly checked: number;
  readonly weightedPassed: number;
  readonly weightedChecked: number;
  readonly rules: readonly RuleResult[];
  readonly violations: readonly Violation[];
  readonly explanation: string;
}

import type { Template } from '../template/template';
import type { ComplianceReport } from './compliance-report';
import type { RuleCheck } from './rule-check';
import type { RuleResult } from './rule-result';
import { severityWeight } from './severity-weight';
import type { Violation } from './violation';

function formatScore(score: number): string {
  return `${String(Math.round(score * 1000) / 10)}%`;
}

/**
 * Turns each rule's checks into the report: counts per rule, violations with their fix, and the weighted score with
 * its explanation.
 *
 * @example
 * summarizeChecks(template, [[{ itemKey: key, result: { outcome: 'pass' } }]]).score; // 1
 */
export function summarizeChecks(
  template: Template,
  checksByRule: readonly (readonly RuleCheck[])[],
  evaluatedJql: ReadonlySet<string> = new Set(),
): ComplianceReport {
  const rules: RuleResult[] = [];
  const violations: Violation[] = [];
  let passed = 0;
  let checked = 0;
  let weightedPassed = 0;
  let weightedChecked = 0;
  template.rules.forEach((rule, index) => {
    const checks = checksByRule[index] ?? [];
    const weight = severityWeight(rule.severity);
    let rulePassed = 0;
    let ruleFailed = 0;
    let ruleNotApplicable = 0;
    for (const { itemKey, result } of checks) {
      if (result.outcome === 'pass') rulePassed += 1;
      else if (result.outcome === 'not-applicable') ruleNotApplicable += 1;
      else {
        ruleFailed += 1;
        violations.push({ ruleId: rule.id, ruleTitle: rule.title, itemKey, severity: rule.severity, message: result.detail, fix: rule.fix });
      }
    }
    passed += rulePassed;
    checked += rulePassed + ruleFailed;
    weightedPassed += weight * rulePassed;
    weightedChecked += weight * (rulePassed + ruleFailed);
    rules.push({
      ruleId: rule.id,
      title: rule.title,
      kind: rule.kind,
      severity: rule.severity,
      weight,
      passed: rulePassed,
      failed: ruleFailed,
      notApplicable: ruleNotApplicable,
      evaluated: rule.kind !== 'jql' || evaluatedJql.has(rule.id),
    });
  });
  const score = weightedChecked === 0 ? 1 : weightedPassed / weightedChecked;
  const skipped = rules.filter((r) => !r.evaluated).length;
  const explanation =
    (checked === 0
      ? `No check of template "${template.name}" applied, so nothing is out of line (score 100%).`
      : `${String(passed)} of ${String(checked)} checks passed; weighted by severity (info 1, minor 2, major 3, critical 5) that is ${String(weightedPassed)} of ${String(weightedChecked)} = ${formatScore(score)}.`) +
    (skipped > 0 ? ` ${String(skipped)} JQL rule${skipped === 1 ? ' was' : 's were'} not evaluated (they need Jira).` : '');
  return {
    templateId: template.id,
    templateVersion: template.version,
    score,
    passed,
    checked,
    weightedPassed,
    weightedChecked,
    rules,
    violations,
    explanation,
  };
}

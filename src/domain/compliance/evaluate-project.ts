import type { ChangeControlRecords } from '../change-control/change-control-records';
import type { Template } from '../template/template';
import type { WorkItem } from '../work-item/work-item';
import type { ComplianceReport } from './compliance-report';
import { evaluateRule } from './evaluate-rule';
import { ruleContextFor } from './rule-context-for';
import { summarizeChecks } from './summarize-checks';

/**
 * Evaluates a template over a project's items: every item rule on every item, every project rule once. A JQL rule is
 * evaluated when `jqlMatches` holds the keys its query found in the project (each item it found fails, every other
 * passes); otherwise it is reported as not evaluated. The change control rules check only when the project's
 * `changeControl` records (approved baseline and recorded decisions) are given.
 *
 * @throws RangeError when `now` is not an ISO 8601 date-time.
 * @example
 * const report = evaluateProject(defaultTemplate, items, '2026-03-10T09:00:00Z');
 * report.score;       // e.g. 0.87
 * report.violations;  // [{ ruleId: 'due-date', itemKey: 'PR-4', severity: 'major', message: 'no due date', fix: '...' }, ...]
 */
export function evaluateProject(
  template: Template,
  items: readonly WorkItem[],
  now: string,
  jqlMatches: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  changeControl: ChangeControlRecords | null = null,
): ComplianceReport {
  const ctx = ruleContextFor(template, items, now, jqlMatches, changeControl);
  return summarizeChecks(
    template,
    template.rules.map((rule) => evaluateRule(rule, items, ctx, true)),
    new Set(jqlMatches.keys()),
  );
}

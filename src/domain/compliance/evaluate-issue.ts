import type { ChangeControlRecords } from '../change-control/change-control-records';
import type { Template } from '../template/template';
import type { WorkItem } from '../work-item/work-item';
import type { ComplianceReport } from './compliance-report';
import { evaluateRule } from './evaluate-rule';
import { ruleContextFor } from './rule-context-for';
import { summarizeChecks } from './summarize-checks';

/**
 * Evaluates a template on one issue, for the issue panel: the item rules only, with phase starts read from the issue
 * and the `related` items (e.g. the project's phase items) so gate criteria still apply. Project rules are skipped.
 * With the project's change control records, the change control rules judge the issue too (its own slip against the
 * approved baseline, its own pending change request); without them they make no check.
 *
 * @throws RangeError when `now` is not an ISO 8601 date-time.
 * @example
 * evaluateIssue(defaultTemplate, story, [], '2026-03-10T09:00:00Z').violations.map((v) => v.ruleId); // ['owner']
 */
export function evaluateIssue(
  template: Template,
  item: WorkItem,
  related: readonly WorkItem[],
  now: string,
  changeControl: ChangeControlRecords | null = null,
): ComplianceReport {
  const ctx = ruleContextFor(template, [item, ...related], now, new Map(), changeControl);
  return summarizeChecks(
    template,
    template.rules.map((rule) => evaluateRule(rule, [item], ctx, false)),
  );
}

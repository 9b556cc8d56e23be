import { assertNever } from '../assert-never';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import type { ComplianceRule } from './compliance-rule';
import { evaluateDueDateRequired } from './evaluate-due-date-required';
import { evaluateFieldRequired } from './evaluate-field-required';
import { evaluateGateCriteria } from './evaluate-gate-criteria';
import { evaluateLinkRequired } from './evaluate-link-required';
import { evaluateMitigationRequired } from './evaluate-mitigation-required';
import { evaluateNoStaleProgress } from './evaluate-no-stale-progress';
import { evaluateNotOverdue } from './evaluate-not-overdue';
import { evaluateOwnerRequired } from './evaluate-owner-required';
import { evaluateProjectCount } from './evaluate-project-count';
import { evaluateRaidReview } from './evaluate-raid-review';
import { fail } from './fail';
import { pass } from './pass';
import type { RuleCheck } from './rule-check';
import type { RuleContext } from './rule-context';

function perItem(items: readonly WorkItem[], check: (item: WorkItem) => CheckOutcome): RuleCheck[] {
  return items.map((item) => ({ itemKey: item.key, result: check(item) }));
}

/**
 * Runs one rule over the items: one check per item for item rules, one check for the project for project rules
 * (only when `wholeProject`, since a single issue cannot stand for its project's counts). A JQL rule checks every item
 * against the keys its query found (`ctx.jqlMatches`), and makes no check when the query was not run.
 *
 * @example
 * evaluateRule(dueDateRule, [withDue, withoutDue], ctx, true).map((c) => c.result.outcome); // ['pass', 'fail']
 */
export function evaluateRule(rule: ComplianceRule, items: readonly WorkItem[], ctx: RuleContext, wholeProject: boolean): readonly RuleCheck[] {
  switch (rule.kind) {
    case 'field-required':
      return perItem(items, (item) => evaluateFieldRequired(rule, item));
    case 'due-date-required':
      return perItem(items, (item) => evaluateDueDateRequired(rule, item));
    case 'not-overdue':
      return perItem(items, (item) => evaluateNotOverdue(rule, item, ctx));
    case 'no-stale-progress':
      return perItem(items, (item) => evaluateNoStaleProgress(rule, item, ctx));
    case 'link-required':
      return perItem(items, (item) => evaluateLinkRequired(rule, item));
    case 'owner-required':
      return perItem(items, (item) => evaluateOwnerRequired(rule, item));
    case 'mitigation-required':
      return perItem(items, (item) => evaluateMitigationRequired(rule, item, ctx));
    case 'raid-review':
      return perItem(items, (item) => evaluateRaidReview(rule, item, ctx));
    case 'gate-criteria':
      return perItem(items, (item) => evaluateGateCriteria(rule, item, ctx));
    case 'project-count':
      return wholeProject ? [{ itemKey: null, result: evaluateProjectCount(rule, items) }] : [];
    case 'jql': {
      const found = ctx.jqlMatches.get(rule.id);
      return found === undefined ? [] : perItem(items, (item) => (found.has(item.key) ? fail("found by the rule's JQL query") : pass));
    }
    default:
      return assertNever(rule);
  }
}

import * as z from 'zod/mini';
import { checkEachItem } from './check-each-item';
import { defineRuleKind } from './define-rule-kind';
import { evaluateChangesDecidedWithin } from './evaluate-changes-decided-within';
import { evaluateDueDateRequired } from './evaluate-due-date-required';
import { evaluateFieldRequired } from './evaluate-field-required';
import { evaluateGateCriteria } from './evaluate-gate-criteria';
import { evaluateLinkRequired } from './evaluate-link-required';
import { evaluateMitigationRequired } from './evaluate-mitigation-required';
import { evaluateNoStaleProgress } from './evaluate-no-stale-progress';
import { evaluateNoUncontrolledChange } from './evaluate-no-uncontrolled-change';
import { evaluateNotOverdue } from './evaluate-not-overdue';
import { evaluateOwnerRequired } from './evaluate-owner-required';
import { evaluateProjectCount } from './evaluate-project-count';
import { evaluateRaidReview } from './evaluate-raid-review';
import { fail } from './fail';
import { pass } from './pass';
import { ruleFields as f } from './rule-fields';

const everyItem = { issueTypes: [], statusCategories: [] };
const anyItem = { issueTypes: [], statusCategories: [], labels: [] };

/**
 * Every kind of rule, declared once, in the order the rule editor offers them: its label, schema, defaults and
 * evaluator (see `RuleKindDefinition`). The rule type, the template schema, the editor's list and labels derive from
 * this table, and the editor's settings switch is exhaustive over its keys, so a new kind is an evaluator, an entry
 * here and its settings in the editor.
 *
 * - `field-required`: items in scope must have the field.
 * - `due-date-required`: items in scope must have a due date.
 * - `not-overdue`: unresolved items in scope must not be past their due date.
 * - `no-stale-progress`: items in progress must have been updated within `maxDays`.
 * - `link-required`: items in scope must have a link of the type (or any link, or a parent when `parentCounts`).
 * - `owner-required`: items in scope must have an assignee.
 * - `mitigation-required`: open risks scoring `minScore` or more must have a mitigation.
 * - `raid-review`: open RAID items of the kinds must have been updated within `maxDays`.
 * - `gate-criteria`: once a phase has started, the items the selector picks must be done.
 * - `project-count`: the project must have at least `min` and at most `max` items the selector picks.
 * - `no-uncontrolled-change`: no baselined item may be due later than the approved baseline without an approved change
 *   (one failure per slip; not applicable before a baseline; no check where change control is not known). On one
 *   issue, only its own slip.
 * - `changes-decided-within`: change requests must be decided within `maxDays` calendar days of being raised.
 * - `jql`: issues a JQL query finds in the project are violations; Jira runs the query, the evaluation is given its keys
 *   (`ctx.jqlMatches`), and no check is made when the query was not run.
 */
export const ruleKindRegistry = {
  'field-required': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('field-required'), field: f.requirableField, scope: f.scope }))({
    label: 'Field required',
    newRule: (base) => ({ ...base, kind: 'field-required', field: 'assignee', scope: everyItem }),
    evaluate: (rule, items) => checkEachItem(items, (item) => evaluateFieldRequired(rule, item)),
  }),
  'due-date-required': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('due-date-required'), scope: f.scope }))({
    label: 'Due date required',
    newRule: (base) => ({ ...base, kind: 'due-date-required', scope: everyItem }),
    evaluate: (rule, items) => checkEachItem(items, (item) => evaluateDueDateRequired(rule, item)),
  }),
  'not-overdue': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('not-overdue'), scope: f.scope }))({
    label: 'Not overdue',
    newRule: (base) => ({ ...base, kind: 'not-overdue', scope: everyItem }),
    evaluate: (rule, items, ctx) => checkEachItem(items, (item) => evaluateNotOverdue(rule, item, ctx)),
  }),
  'no-stale-progress': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('no-stale-progress'), maxDays: f.days, scope: f.scope }))({
    label: 'No update for N days while in progress',
    newRule: (base) => ({ ...base, kind: 'no-stale-progress', maxDays: 14, scope: everyItem }),
    evaluate: (rule, items, ctx) => checkEachItem(items, (item) => evaluateNoStaleProgress(rule, item, ctx)),
  }),
  'link-required': defineRuleKind(
    z.strictObject({ ...f.base, kind: z.literal('link-required'), linkType: f.linkType, parentCounts: f.flag('parentCounts'), scope: f.scope }),
  )({
    label: 'Link required',
    newRule: (base) => ({ ...base, kind: 'link-required', linkType: 'any', parentCounts: true, scope: everyItem }),
    evaluate: (rule, items) => checkEachItem(items, (item) => evaluateLinkRequired(rule, item)),
  }),
  'owner-required': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('owner-required'), scope: f.scope }))({
    label: 'Owner required',
    newRule: (base) => ({ ...base, kind: 'owner-required', scope: everyItem }),
    evaluate: (rule, items) => checkEachItem(items, (item) => evaluateOwnerRequired(rule, item)),
  }),
  'mitigation-required': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('mitigation-required'), minScore: f.riskScore('minScore') }))({
    label: 'Mitigation required above a risk score',
    newRule: (base) => ({ ...base, kind: 'mitigation-required', minScore: 10 }),
    evaluate: (rule, items, ctx) => checkEachItem(items, (item) => evaluateMitigationRequired(rule, item, ctx)),
  }),
  'raid-review': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('raid-review'), maxDays: f.days, raidKinds: f.raidKinds }))({
    label: 'RAID review within N days',
    newRule: (base) => ({ ...base, kind: 'raid-review', maxDays: 30, raidKinds: [] }),
    evaluate: (rule, items, ctx) => checkEachItem(items, (item) => evaluateRaidReview(rule, item, ctx)),
  }),
  'gate-criteria': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('gate-criteria'), phase: f.text('phase'), required: f.selector }))({
    label: 'Gate criteria (done before a phase starts)',
    newRule: (base, phases) => ({ ...base, kind: 'gate-criteria', phase: phases[0] ?? '', required: anyItem }),
    evaluate: (rule, items, ctx) => checkEachItem(items, (item) => evaluateGateCriteria(rule, item, ctx)),
  }),
  'project-count': defineRuleKind(
    z.strictObject({ ...f.base, kind: z.literal('project-count'), selector: f.selector, min: f.count, max: f.count }).check(
      z.refine((r) => r.min === null || r.max === null || r.min <= r.max, { message: 'min must not be above max', path: ['min'] }),
      z.refine((r) => r.min !== null || r.max !== null, { message: 'give a min, a max or both', path: ['min'] }),
    ),
  )({
    label: 'Project-level minimum or maximum count',
    newRule: (base) => ({ ...base, kind: 'project-count', selector: anyItem, min: 1, max: null }),
    evaluate: (rule, items, _ctx, wholeProject) => (wholeProject ? [{ itemKey: null, result: evaluateProjectCount(rule, items) }] : []),
  }),
  'no-uncontrolled-change': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('no-uncontrolled-change') }))({
    label: 'No uncontrolled change past the approved baseline',
    newRule: (base) => ({ ...base, kind: 'no-uncontrolled-change' }),
    // On one issue (the Governance panel) only its own slips count: the project's pass or "not applicable" is no news there.
    evaluate: (_rule, items, ctx, wholeProject) => {
      const checks = evaluateNoUncontrolledChange(items, ctx);
      return wholeProject ? checks : checks.filter((check) => check.itemKey !== null);
    },
  }),
  'changes-decided-within': defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('changes-decided-within'), maxDays: f.days }))({
    label: 'Change requests decided within N days',
    newRule: (base) => ({ ...base, kind: 'changes-decided-within', maxDays: 14 }),
    evaluate: (rule, items, ctx) => evaluateChangesDecidedWithin(rule, items, ctx),
  }),
  jql: defineRuleKind(z.strictObject({ ...f.base, kind: z.literal('jql'), jql: f.text('jql') }))({
    label: 'JQL query (evaluated through Jira)',
    newRule: (base) => ({ ...base, kind: 'jql', jql: 'status = Blocked' }),
    evaluate: (rule, items, ctx) => {
      const found = ctx.jqlMatches.get(rule.id);
      return found === undefined ? [] : checkEachItem(items, (item) => (found.has(item.key) ? fail("found by the rule's JQL query") : pass));
    },
  }),
};

import type { WorkItem } from '../work-item/work-item';
import type { ComplianceRule, RuleOfKind } from './compliance-rule';
import type { RuleCheck } from './rule-check';
import type { RuleContext } from './rule-context';
import type { RuleKind } from './rule-kind';
import { ruleKindRegistry } from './rule-kind-registry';

type Evaluate<K extends RuleKind> = (rule: RuleOfKind<K>, items: readonly WorkItem[], ctx: RuleContext, wholeProject: boolean) => readonly RuleCheck[];

// Typed per kind so that looking up a rule's kind keeps the pairing of kind and rule (no switch to keep in step).
const definitions: { readonly [K in RuleKind]: { readonly evaluate: Evaluate<K> } } = ruleKindRegistry;

function evaluateOfKind<K extends RuleKind>(
  kind: K,
  rule: RuleOfKind<K>,
  items: readonly WorkItem[],
  ctx: RuleContext,
  wholeProject: boolean,
): readonly RuleCheck[] {
  return definitions[kind].evaluate(rule, items, ctx, wholeProject);
}

/**
 * Runs one rule over the items with its kind's evaluator (see `ruleKindRegistry`): one check per item for item rules,
 * one check for the project for project rules (only when `wholeProject`).
 *
 * @example
 * evaluateRule(dueDateRule, [withDue, withoutDue], ctx, true).map((c) => c.result.outcome); // ['pass', 'fail']
 */
export function evaluateRule(rule: ComplianceRule, items: readonly WorkItem[], ctx: RuleContext, wholeProject: boolean): readonly RuleCheck[] {
  return evaluateOfKind(rule.kind, rule, items, ctx, wholeProject);
}

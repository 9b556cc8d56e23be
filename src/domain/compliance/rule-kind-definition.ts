import type * as z from 'zod/mini';
import type { WorkItem } from '../work-item/work-item';
import type { RuleCheck } from './rule-check';
import type { RuleContext } from './rule-context';
import type { RuleSeverity } from './rule-severity';

/** What the rule editor gives a new rule before its kind fills in the rest. */
export interface NewRuleBase {
  readonly id: string;
  readonly title: string;
  readonly severity: RuleSeverity;
  readonly fix: string;
}

/**
 * Everything one kind of rule is: the name the editor shows, its schema (the shared base fields, its `kind` and its
 * own settings), a new rule with sensible settings, and its evaluator. `S` is the kind's schema, so the rule type, the
 * defaults and the evaluator all follow from it.
 */
export interface RuleKindDefinition<S extends z.ZodMiniObject> {
  readonly label: string;
  readonly schema: S;
  /** A new rule of this kind; `phases` are the template's, for kinds that name one. */
  readonly newRule: (base: NewRuleBase, phases: readonly string[]) => z.output<S>;
  /**
   * One check per item for item rules, one for the project (`itemKey` null) for project rules, made only when
   * `wholeProject`, since a single issue cannot stand for its project's counts.
   */
  readonly evaluate: (rule: z.output<S>, items: readonly WorkItem[], ctx: RuleContext, wholeProject: boolean) => readonly RuleCheck[];
}

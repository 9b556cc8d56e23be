import { ruleKindRegistry } from './rule-kind-registry';

/** A kind of rule: a key of `ruleKindRegistry`. */
export type RuleKind = keyof typeof ruleKindRegistry;

/** The kinds of rule, in the order the rule editor offers them (the registry's order). */
export const ruleKinds: readonly RuleKind[] = Object.keys(ruleKindRegistry).filter((key): key is RuleKind => key in ruleKindRegistry);

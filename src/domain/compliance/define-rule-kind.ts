import type * as z from 'zod/mini';
import type { RuleKindDefinition } from './rule-kind-definition';

/**
 * Declares one kind of rule from its schema. Two steps because the schema must fix the rule's type before `newRule`
 * and `evaluate` are read: given together, TypeScript widens the literals `newRule` returns (`kind: 'jql'` to string).
 *
 * @example
 * defineRuleKind(jqlSchema)({ label: 'JQL query', newRule: (base) => ({ ...base, kind: 'jql', jql: 'status = Blocked' }), evaluate });
 */
export function defineRuleKind<S extends z.ZodMiniObject>(schema: S): (parts: Omit<RuleKindDefinition<S>, 'schema'>) => RuleKindDefinition<S> {
  return (parts) => ({ schema, ...parts });
}

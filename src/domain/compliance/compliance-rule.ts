import type * as z from 'zod/mini';
import type { ruleKindRegistry } from './rule-kind-registry';

type Registry = typeof ruleKindRegistry;

/**
 * One rule of the kind `K`, as its schema in `ruleKindRegistry` accepts it. Written over `K` so that looking a rule's
 * kind up in a table keyed by kind keeps the pairing of kind and rule.
 */
export type RuleOfKind<K extends keyof Registry> = { [P in K]: z.output<Registry[P]['schema']> & { readonly kind: P } }[K];

/**
 * One governance rule of a template: an id, a title, a severity, a fix hint, and the settings of its kind. Each kind is
 * declared once in `ruleKindRegistry`; item rules check every item in their scope, project rules the project once.
 */
export type ComplianceRule = RuleOfKind<keyof Registry>;

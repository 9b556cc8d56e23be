/** Public entry point of the domain's compliance feature. Compliance: rule kinds (declared once in `ruleKindRegistry`), their evaluation and the compliance score. */
export type { ComplianceReport } from './compliance-report';
export { complianceRuleSchema } from './compliance-rule-schema';
export type { ComplianceRule } from './compliance-rule';
export type { RuleOfKind } from './compliance-rule';
export { evaluateIssue } from './evaluate-issue';
export { evaluateProject } from './evaluate-project';
export type { ItemSelector } from './item-selector';
export { requirableFields } from './requirable-field';
export type { RequirableField } from './requirable-field';
export type { RuleKindDefinition } from './rule-kind-definition';
export { ruleKindRegistry } from './rule-kind-registry';
export { ruleKinds } from './rule-kind';
export type { RuleKind } from './rule-kind';
export type { RuleScope } from './rule-scope';
export { ruleSeverities } from './rule-severity';
export type { RuleSeverity } from './rule-severity';

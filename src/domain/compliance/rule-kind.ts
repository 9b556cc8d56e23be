import type { ComplianceRule } from './compliance-rule';

/** The kinds of rule, in the order the rule editor offers them. */
export const ruleKinds = [
  'field-required',
  'due-date-required',
  'not-overdue',
  'no-stale-progress',
  'link-required',
  'owner-required',
  'mitigation-required',
  'raid-review',
  'gate-criteria',
  'project-count',
  'jql',
] as const satisfies readonly ComplianceRule['kind'][];

export type RuleKind = (typeof ruleKinds)[number];

import type { RaidKind } from '../raid/raid-kind';
import type { WorkItemLinkType } from '../work-item/work-item-link-type';
import type { ItemSelector } from './item-selector';
import type { RequirableField } from './requirable-field';
import type { RuleScope } from './rule-scope';
import type { RuleSeverity } from './rule-severity';

/** What every rule carries: a stable id within its template, a title, a severity and the hint shown with a violation. */
export interface RuleBase {
  readonly id: string;
  readonly title: string;
  readonly severity: RuleSeverity;
  /** How the owner fixes a violation, in words, e.g. "Set a due date on the issue". */
  readonly fix: string;
}

/**
 * One governance rule of a template. Each kind has a pure evaluator; item rules check every item in their scope,
 * project rules check the project once.
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
 * - `jql`: issues a JQL query finds in the project are violations; Jira runs the query, the evaluation is given its keys.
 */
export type ComplianceRule =
  | (RuleBase & { readonly kind: 'field-required'; readonly field: RequirableField; readonly scope: RuleScope })
  | (RuleBase & { readonly kind: 'due-date-required'; readonly scope: RuleScope })
  | (RuleBase & { readonly kind: 'not-overdue'; readonly scope: RuleScope })
  | (RuleBase & { readonly kind: 'no-stale-progress'; readonly maxDays: number; readonly scope: RuleScope })
  | (RuleBase & { readonly kind: 'link-required'; readonly linkType: WorkItemLinkType | 'any'; readonly parentCounts: boolean; readonly scope: RuleScope })
  | (RuleBase & { readonly kind: 'owner-required'; readonly scope: RuleScope })
  | (RuleBase & { readonly kind: 'mitigation-required'; readonly minScore: number })
  | (RuleBase & { readonly kind: 'raid-review'; readonly maxDays: number; readonly raidKinds: readonly RaidKind[] })
  | (RuleBase & { readonly kind: 'gate-criteria'; readonly phase: string; readonly required: ItemSelector })
  | (RuleBase & { readonly kind: 'project-count'; readonly selector: ItemSelector; readonly min: number | null; readonly max: number | null })
  | (RuleBase & { readonly kind: 'jql'; readonly jql: string });

import type { RuleScope } from './rule-scope';

/** Items picked by type and status category (a scope) and, optionally, by label: an item carrying any of the labels. */
export interface ItemSelector extends RuleScope {
  readonly labels: readonly string[];
}

import type { StatusCategory } from '../work-item/status-category';

/**
 * Which items a rule looks at: issue type names (matched without regard to case) and status categories. An empty
 * list means "any", so `{ issueTypes: [], statusCategories: [] }` covers every item.
 */
export interface RuleScope {
  readonly issueTypes: readonly string[];
  readonly statusCategories: readonly StatusCategory[];
}

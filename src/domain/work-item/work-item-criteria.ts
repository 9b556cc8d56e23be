import type { NumericCriterionField } from './criterion-field';

/**
 * The intake criteria an issue's Jira fields hold: a number per numeric criterion, the strategic theme as text. A
 * criterion the issue has no value for has no entry (never 0), so a proposal's missing input stays visible.
 */
export type WorkItemCriteria = Readonly<Partial<Record<NumericCriterionField, number>>> & { readonly strategicTheme?: string };

import type { NumericCriterionField } from './criterion-field';

/**
 * The intake criteria an issue's Jira fields hold: a number per numeric criterion, the strategic theme and program as
 * text. A criterion the issue has no value for has no entry (never 0), so a proposal's missing input stays visible.
 */
export type WorkItemCriteria = Readonly<Partial<Record<NumericCriterionField, number>>> & {
  readonly strategicTheme?: string;
  /**
   * The program a proposal would land in, as its Program field names it: an intake project often belongs to no
   * program, so the proposal says which program's capacity it would use.
   */
  readonly program?: string;
};

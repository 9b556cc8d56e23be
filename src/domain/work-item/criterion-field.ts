/** The numeric intake criteria a Jira issue may carry in fields of their own, in the order the field mapping lists them. */
export const numericCriterionFields = ['businessValue', 'timeCriticality', 'riskReduction', 'jobSize', 'estimatedCost', 'expectedBenefit'] as const;

/** A numeric intake criterion read from a Jira field: WSJF's parts, an estimated cost or an expected benefit. */
export type NumericCriterionField = (typeof numericCriterionFields)[number];

/** Every intake criterion read from a Jira field: the numeric ones and the strategic theme (a select or text). */
export type CriterionField = NumericCriterionField | 'strategicTheme';

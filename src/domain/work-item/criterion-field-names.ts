import type { CriterionField } from './criterion-field';

/**
 * The Jira field names each intake criterion is kept under on the sites that have it, compared without case or
 * surrounding spaces. The field mapping finds fields by these names, and a scoring model's criterion whose `jiraField`
 * is one of them reads that criterion from the stored work item.
 *
 * @example
 * criterionFieldNames.riskReduction; // ['Risk Reduction / Opportunity Enablement', 'Risk Reduction']
 */
export const criterionFieldNames: Readonly<Record<CriterionField, readonly string[]>> = {
  businessValue: ['Business Value'],
  timeCriticality: ['Time Criticality'],
  riskReduction: ['Risk Reduction / Opportunity Enablement', 'Risk Reduction'],
  jobSize: ['Job Size'],
  estimatedCost: ['Estimated Cost'],
  expectedBenefit: ['Expected Benefit'],
  strategicTheme: ['Strategic Theme'],
};

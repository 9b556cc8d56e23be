import { numericCriterionFields, type NumericCriterionField } from '../../domain/work-item/criterion-field';
import { criterionFieldNames } from '../../domain/work-item/criterion-field-names';

const normalise = (name: string): string => name.trim().toLowerCase();

/**
 * The stored criterion a scoring model's Jira field name stands for, matched without case or surrounding spaces.
 *
 * @returns the criterion, or null for a name the refresh does not read (only reviewers can score it then).
 */
export function criterionFieldOf(jiraField: string): NumericCriterionField | null {
  const wanted = normalise(jiraField);
  return numericCriterionFields.find((field) => criterionFieldNames[field].some((name) => normalise(name) === wanted)) ?? null;
}

import type { ScoringInputs } from '../../domain/intake/criterion-input';
import type { ScoringModel } from '../../domain/intake/scoring-model';
import type { WorkItem } from '../../domain/work-item/work-item';
import { criterionFieldOf } from './criterion-field-of';

/**
 * The criterion values a proposal's own Jira fields give under a model: each criterion whose `jiraField` names a field
 * the refresh reads (Business Value, Time Criticality, Risk Reduction / Opportunity Enablement, Job Size, Estimated
 * Cost, Expected Benefit) takes the stored value, marked `jira`. A criterion the issue has no value for is left out.
 */
export function jiraInputsOf(model: ScoringModel, item: Pick<WorkItem, 'criteria'>): ScoringInputs {
  const inputs: Record<string, { value: number; source: 'jira' }> = {};
  for (const criterion of model.criteria) {
    const field = criterion.jiraField === null ? null : criterionFieldOf(criterion.jiraField);
    const value = field === null ? undefined : item.criteria?.[field];
    if (value !== undefined) inputs[criterion.id] = { value, source: 'jira' };
  }
  return inputs;
}

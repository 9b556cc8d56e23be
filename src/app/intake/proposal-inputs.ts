import type { CriterionInput, ScoringInputs } from '../../domain/intake/criterion-input';
import type { ScoringModel } from '../../domain/intake/scoring-model';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { ReviewerScore } from '../../ports/reviewer-score';
import { jiraInputsOf } from './jira-inputs-of';

/**
 * A proposal's criterion values under a model: what its Jira fields hold, and reviewers' scores for the criteria Jira
 * leaves empty (the issue is the record where it has a value; the app adds to it, never contradicts it). Scores given
 * under another model, or for a criterion the model no longer has, are left out.
 */
export function proposalInputs(model: ScoringModel, item: Pick<WorkItem, 'criteria'>, scores: readonly ReviewerScore[]): ScoringInputs {
  const inputs: Record<string, CriterionInput> = {};
  for (const [id, input] of Object.entries(jiraInputsOf(model, item))) if (input !== undefined) inputs[id] = input;
  const criteria = new Set(model.criteria.map((criterion) => criterion.id));
  for (const score of scores) {
    if (score.modelId !== model.id || !criteria.has(score.criterionId) || Object.hasOwn(inputs, score.criterionId)) continue;
    inputs[score.criterionId] = { value: score.value, source: 'reviewer' };
  }
  return inputs;
}

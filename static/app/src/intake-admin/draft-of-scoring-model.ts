import type { ScoringModel } from '../../../../src/domain/intake';
import type { ScoringModelDraft } from './scoring-model-draft';

/**
 * A scoring model as the editor holds it: every number written out as text.
 *
 * @example
 * draftOfScoringModel(weightedScoringModel).criteria[0]; // { id: 'strategicFit', weight: '40', min: '1', max: '5', steps: '1, 2, 3, 4, 5', ... }
 */
export function draftOfScoringModel(model: ScoringModel): ScoringModelDraft {
  return {
    id: model.id,
    name: model.name,
    kind: model.kind,
    criteria: model.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      role: 'role' in c ? c.role : '',
      weight: 'weight' in c ? String(c.weight) : '',
      inverted: 'inverted' in c ? c.inverted : false,
      min: String(c.scale.min),
      max: String(c.scale.max),
      steps: c.scale.steps?.join(', ') ?? '',
      jiraField: c.jiraField ?? '',
    })),
    statusStages: (model.statusStages ?? []).map((s) => ({ status: s.status, stage: s.stage })),
  };
}

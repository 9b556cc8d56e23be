import type { WeightedScoringModel } from './scoring-model';

const rating = { min: 1, max: 5, steps: [1, 2, 3, 4, 5] };

/**
 * The built-in weighted model: strategic fit 40%, value 30%, risk reduction 20% and effort 10% (inverted, so less
 * effort scores higher), each rated 1..5 by reviewers. Read-only; an admin clones it to change it.
 */
export const weightedScoringModel: WeightedScoringModel = {
  id: 'weighted',
  name: 'Weighted criteria',
  version: 1,
  kind: 'weighted',
  criteria: [
    { id: 'strategicFit', name: 'Strategic fit', weight: 40, inverted: false, jiraField: null, scale: rating },
    { id: 'value', name: 'Value', weight: 30, inverted: false, jiraField: null, scale: rating },
    { id: 'riskReduction', name: 'Risk reduction', weight: 20, inverted: false, jiraField: null, scale: rating },
    { id: 'effort', name: 'Effort', weight: 10, inverted: true, jiraField: null, scale: rating },
  ],
};

import type { ValueEffortScoringModel } from './scoring-model';

const rating = { min: 1, max: 10, steps: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };

/**
 * The built-in value/effort model: value divided by effort, each rated 1..10 by reviewers, so quick wins rise to the
 * top. Read-only; an admin clones it to change it.
 */
export const valueEffortScoringModel: ValueEffortScoringModel = {
  id: 'value-effort',
  name: 'Value / effort',
  version: 1,
  kind: 'value-effort',
  criteria: [
    { id: 'value', name: 'Value', role: 'value', jiraField: null, scale: rating },
    { id: 'effort', name: 'Effort', role: 'effort', jiraField: null, scale: rating },
  ],
};

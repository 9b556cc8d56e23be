import { z } from 'zod';
import { saveScoringModel } from '../app/intake/save-scoring-model';
import { defineResolver } from './define-resolver';

/** saveScoringModel: saves a model edited from `expectedVersion` (Jira administrators; a stale version gets CONFLICT; audited). */
export const saveScoringModelResolver = defineResolver({
  // The model is validated by the use case, whole, so every problem comes back with its path.
  payload: z.object({ model: z.unknown(), expectedVersion: z.int().min(0) }),
  permission: 'signed-in',
  refusal: 'Saving a scoring model needs a signed-in Jira user.',
  run: (deps, payload) => saveScoringModel(deps.intakeWrite(), payload),
});

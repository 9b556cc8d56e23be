import { z } from 'zod';
import { listScoringModels } from '../app/intake/list-scoring-models';
import { defineResolver } from './define-resolver';

/** listScoringModels: the built-in and saved scoring models and the one intake uses; anyone may read them. */
export const listScoringModelsResolver = defineResolver({
  payload: z.object({}),
  permission: 'anyone',
  run: (deps) => listScoringModels(deps.intake),
});

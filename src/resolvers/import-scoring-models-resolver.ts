import { z } from 'zod';
import { importScoringModels } from '../app/intake/import-scoring-models';
import { defineResolver } from './define-resolver';

/** importScoringModels: validates a whole scoring model export file, then writes every model in it or none (Jira administrators; audited). */
export const importScoringModelsResolver = defineResolver({
  // The file is validated by the use case, whole, so every problem comes back with its path from the file.
  payload: z.object({ json: z.string().max(400_000) }),
  permission: 'signed-in',
  refusal: 'Importing scoring models needs a signed-in Jira user.',
  run: (deps, payload) => importScoringModels(deps.intakeWrite(), payload),
});

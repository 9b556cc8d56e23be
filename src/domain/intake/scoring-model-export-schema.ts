import { z } from 'zod';
import { scoringModelSchema } from './scoring-model-schema';

/** The format name every scoring model export carries, so a wrong file (a template export, say) is recognised at once. */
const scoringModelExportFormat = 'pmo-governance-scoring-models';

/**
 * Validates a whole scoring model export before any model in it is written: the format marker, then every model, then
 * ids unique across the file. Paths in the errors start at the file, e.g. `models.1.criteria.0.weight`.
 *
 * @example
 * scoringModelExportSchema.safeParse({ format: 'pmo-governance-scoring-models', formatVersion: 1, models: [wsjfScoringModel] }).success; // true
 */
export const scoringModelExportSchema = z
  .strictObject({
    format: z.literal(scoringModelExportFormat, { error: `format must be "${scoringModelExportFormat}"` }),
    formatVersion: z.literal(1, { error: 'formatVersion must be 1' }),
    exportedAt: z.string().exactOptional(),
    models: z
      .array(scoringModelSchema, { error: 'models must be a list' })
      .min(1, 'models must hold at least one model')
      .max(25, 'an import holds at most 25 models (written together in one storage transaction)'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.models.forEach((model, index) => {
      if (seen.has(model.id)) ctx.addIssue({ code: 'custom', message: `model id "${model.id}" appears twice in the file`, path: ['models', index, 'id'] });
      seen.add(model.id);
    });
  });

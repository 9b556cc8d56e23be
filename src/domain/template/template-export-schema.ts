import { z } from 'zod';
import { templateSchema } from './template-schema';

/** The format name every export file carries, so a wrong file is recognised at once. */
export const templateExportFormat = 'pmo-governance-templates';

/**
 * Validates a whole export file before any template in it is written: the format marker, then every template, then
 * ids unique across the file. Paths in the errors start at the file, e.g. `templates.2.rules.0.kind`.
 */
export const templateExportSchema = z
  .strictObject({
    format: z.literal(templateExportFormat, { error: `format must be "${templateExportFormat}"` }),
    formatVersion: z.literal(1, { error: 'formatVersion must be 1' }),
    exportedAt: z.string().optional(),
    templates: z
      .array(templateSchema, { error: 'templates must be a list' })
      .min(1, 'templates must hold at least one template')
      .max(50, 'an import holds at most 50 templates'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.templates.forEach((template, index) => {
      if (seen.has(template.id))
        ctx.addIssue({ code: 'custom', message: `template id "${template.id}" appears twice in the file`, path: ['templates', index, 'id'] });
      seen.add(template.id);
    });
  });

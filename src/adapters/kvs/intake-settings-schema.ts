import { z } from 'zod';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { IntakeSettings } from '../../ports/intake-settings';
import { brandedStringSchema } from './branded-string-schema';

const name = z.string().trim().min(1).max(255);

/** The intake settings as stored: project keys read back through their parser, names non-blank. */
export const intakeSettingsSchema: z.ZodType<IntakeSettings> = z.object({
  projectKeys: z.array(brandedStringSchema(parseProjectKey, 'a project key')).max(100),
  issueTypes: z.array(name).max(50),
  labels: z.array(name).max(50),
  modelId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
});

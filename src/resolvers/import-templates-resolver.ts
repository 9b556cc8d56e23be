import { z } from 'zod';
import { importTemplates } from '../app/governance/import-templates';
import { governanceResolver } from './governance-resolver';

/** importTemplates: validates a whole export file, then writes its templates (admins only). */
export const importTemplatesResolver = governanceResolver(z.object({ json: z.string().max(400_000) }), importTemplates);

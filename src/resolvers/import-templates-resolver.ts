import { z } from 'zod';
import { importTemplates } from '../app/templates/import-templates';
import { templateAdminResolver } from './template-admin-resolver';

/** importTemplates: validates a whole export file, then writes its templates (admins only). */
export const importTemplatesResolver = templateAdminResolver(z.object({ json: z.string().max(400_000) }), importTemplates);

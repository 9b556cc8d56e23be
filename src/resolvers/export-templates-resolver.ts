import { z } from 'zod';
import { exportTemplates } from '../app/templates/export-templates';
import { templateAdminResolver } from './template-admin-resolver';

/** exportTemplates: the export file of the named templates, or of every stored one. */
export const exportTemplatesResolver = templateAdminResolver(z.object({ ids: z.array(z.string().min(1).max(64)).max(100).optional() }), (deps, { ids }) =>
  exportTemplates(deps, ids),
);

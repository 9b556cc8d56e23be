import { z } from 'zod';
import { exportTemplates } from '../app/governance/export-templates';
import { governanceResolver } from './governance-resolver';

/** exportTemplates: the export file of the named templates, or of every stored one. */
export const exportTemplatesResolver = governanceResolver(z.object({ ids: z.array(z.string().min(1).max(64)).max(100).optional() }), (deps, { ids }) => exportTemplates(deps, ids));

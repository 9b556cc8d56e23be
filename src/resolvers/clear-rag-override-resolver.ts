import { z } from 'zod';
import { clearRagOverride } from '../app/rag-override/clear-rag-override';
import { templateAdminResolver } from './template-admin-resolver';
import { projectKeySchema } from './project-key-schema';
import { ragOverrideTargetSchema } from './rag-override-target-schema';

/** clearRagOverride: ends a colour set by hand (admins only). */
export const clearRagOverrideResolver = templateAdminResolver(z.object({ projectKey: projectKeySchema, target: ragOverrideTargetSchema }), clearRagOverride);

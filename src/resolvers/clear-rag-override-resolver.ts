import { z } from 'zod';
import { clearRagOverride } from '../app/rag-override/clear-rag-override';
import { governanceResolver } from './governance-resolver';
import { projectKeySchema } from './project-key-schema';
import { ragOverrideTargetSchema } from './rag-override-target-schema';

/** clearRagOverride: ends a colour set by hand (admins only). */
export const clearRagOverrideResolver = governanceResolver(z.object({ projectKey: projectKeySchema, target: ragOverrideTargetSchema }), clearRagOverride);

import { z } from 'zod';
import { setRagOverride } from '../app/rag-override/set-rag-override';
import { overrideRags } from '../domain/rag-override/rag-override';
import { templateAdminResolver } from './template-admin-resolver';
import { projectKeySchema } from './project-key-schema';
import { ragOverrideTargetSchema } from './rag-override-target-schema';

/** setRagOverride: one colour set by hand, with a reason and an expiry (admins only). */
export const setRagOverrideResolver = templateAdminResolver(
  // Lengths and dates are checked by the domain, which says what is wrong in a sentence; this only bounds the payload.
  z.object({
    projectKey: projectKeySchema,
    target: ragOverrideTargetSchema,
    rag: z.enum(overrideRags),
    reason: z.string().max(2000),
    expiresOn: z.string().max(10),
  }),
  setRagOverride,
);

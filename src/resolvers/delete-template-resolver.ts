import { z } from 'zod';
import { deleteTemplate } from '../app/governance/delete-template';
import { governanceResolver } from './governance-resolver';

/** deleteTemplate: deletes a stored template seen at `expectedVersion` (admins only). */
export const deleteTemplateResolver = governanceResolver(z.object({ id: z.string().min(1).max(64), expectedVersion: z.number().int().min(1) }), deleteTemplate);

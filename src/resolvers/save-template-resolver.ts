import { z } from 'zod';
import { saveTemplate } from '../app/governance/save-template';
import { governanceResolver } from './governance-resolver';

/** saveTemplate: saves a template edited from `expectedVersion` (admins only; a stale version gets CONFLICT). */
export const saveTemplateResolver = governanceResolver(z.object({ template: z.unknown(), expectedVersion: z.number().int().min(0) }), saveTemplate);

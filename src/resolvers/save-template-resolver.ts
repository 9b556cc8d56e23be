import { z } from 'zod';
import { saveTemplate } from '../app/templates/save-template';
import { templateAdminResolver } from './template-admin-resolver';

/** saveTemplate: saves a template edited from `expectedVersion` (admins only; a stale version gets CONFLICT). */
export const saveTemplateResolver = templateAdminResolver(z.object({ template: z.unknown(), expectedVersion: z.number().int().min(0) }), saveTemplate);

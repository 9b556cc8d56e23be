import { z } from 'zod';
import { cloneTemplate } from '../app/templates/clone-template';
import { templateAdminResolver } from './template-admin-resolver';

/** cloneTemplate: copies a template under a new id and name (admins only). */
export const cloneTemplateResolver = templateAdminResolver(
  z.object({
    id: z.string().min(1).max(64),
    newId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'newId must be 1-64 lower-case letters, digits or dashes'),
    name: z.string().trim().min(1).max(120),
  }),
  cloneTemplate,
);

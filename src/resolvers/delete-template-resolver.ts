import { z } from 'zod';
import { deleteTemplate } from '../app/templates/delete-template';
import { templateAdminResolver } from './template-admin-resolver';

/** deleteTemplate: deletes a stored template seen at `expectedVersion` (admins only). */
export const deleteTemplateResolver = templateAdminResolver(
  z.object({ id: z.string().min(1).max(64), expectedVersion: z.number().int().min(1) }),
  deleteTemplate,
);

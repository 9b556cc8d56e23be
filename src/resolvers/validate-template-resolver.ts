import { z } from 'zod';
import { validateTemplate } from '../app/templates/validate-template';
import { templateAdminResolver } from './template-admin-resolver';

/** validateTemplate: a draft's problems with their paths, for validation as you type; nothing is stored. */
export const validateTemplateResolver = templateAdminResolver(z.object({ template: z.unknown() }), (_deps, { template }) =>
  Promise.resolve(validateTemplate(template)),
);

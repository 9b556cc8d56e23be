import { z } from 'zod';
import { assignTemplate } from '../app/templates/assign-template';
import { templateAdminResolver } from './template-admin-resolver';

/** assignTemplate: which template (and program) a project follows (admins only). */
export const assignTemplateResolver = templateAdminResolver(
  z.object({ projectKey: z.string().min(1).max(255), templateId: z.string().min(1).max(64).nullable(), program: z.string().max(255).nullable().optional() }),
  (deps, payload) =>
    assignTemplate(
      deps,
      payload.program === undefined
        ? { projectKey: payload.projectKey, templateId: payload.templateId }
        : { projectKey: payload.projectKey, templateId: payload.templateId, program: payload.program },
    ),
);

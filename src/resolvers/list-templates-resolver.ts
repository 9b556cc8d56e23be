import { z } from 'zod';
import { listTemplates } from '../app/templates/list-templates';
import { templateAdminResolver } from './template-admin-resolver';

/** listTemplates: every template, the caller's projects with their assignments, and whether the caller may edit. */
export const listTemplatesResolver = templateAdminResolver(z.object({}), (deps) => listTemplates(deps));

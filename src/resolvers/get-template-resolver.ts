import { z } from 'zod';
import { findTemplate } from '../app/templates/find-template';
import { GovernanceError } from '../app/templates/governance-error';
import { templateAdminResolver } from './template-admin-resolver';

/** getTemplate: one template (built-in or the latest stored version). */
export const getTemplateResolver = templateAdminResolver(z.object({ id: z.string().min(1).max(64) }), async (deps, { id }) => {
  const found = await findTemplate(deps.templates, id);
  if (found === null) throw new GovernanceError('NOT_FOUND', `There is no template "${id}".`);
  return found;
});

import { z } from 'zod';
import { findTemplate } from '../app/governance/find-template';
import { GovernanceError } from '../app/governance/governance-error';
import { governanceResolver } from './governance-resolver';

/** getTemplate: one template (built-in or the latest stored version). */
export const getTemplateResolver = governanceResolver(z.object({ id: z.string().min(1).max(64) }), async (deps, { id }) => {
  const found = await findTemplate(deps.templates, id);
  if (found === null) throw new GovernanceError('NOT_FOUND', `There is no template "${id}".`);
  return found;
});

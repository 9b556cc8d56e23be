import { z } from 'zod';
import { validateTemplate } from '../app/governance/validate-template';
import { governanceResolver } from './governance-resolver';

/** validateTemplate: a draft's problems with their paths, for validation as you type; nothing is stored. */
export const validateTemplateResolver = governanceResolver(z.object({ template: z.unknown() }), (_deps, { template }) => Promise.resolve(validateTemplate(template)));

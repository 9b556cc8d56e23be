import { z } from 'zod';
import { listTemplates } from '../app/governance/list-templates';
import { governanceResolver } from './governance-resolver';

/** listTemplates: every template, the caller's projects with their assignments, and whether the caller may edit. */
export const listTemplatesResolver = governanceResolver(z.object({}), (deps) => listTemplates(deps));

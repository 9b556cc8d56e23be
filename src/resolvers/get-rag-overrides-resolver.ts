import { z } from 'zod';
import { loadRagOverrides } from '../app/rag-override/load-rag-overrides';
import { governanceResolver } from './governance-resolver';
import { projectKeySchema } from './project-key-schema';

/** getRagOverrides: a browsable project's computed colours and the overrides in force. */
export const getRagOverridesResolver = governanceResolver(z.object({ projectKey: projectKeySchema }), (deps, payload) => loadRagOverrides(deps, payload.projectKey));

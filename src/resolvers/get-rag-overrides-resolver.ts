import { z } from 'zod';
import { loadRagOverrides } from '../app/rag-override/load-rag-overrides';
import { templateAdminResolver } from './template-admin-resolver';
import { projectKeySchema } from './project-key-schema';

/** getRagOverrides: a browsable project's computed colours and the overrides in force. */
export const getRagOverridesResolver = templateAdminResolver(z.object({ projectKey: projectKeySchema }), (deps, payload) =>
  loadRagOverrides(deps, payload.projectKey),
);

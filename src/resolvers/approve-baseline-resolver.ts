import { z } from 'zod';
import { approveBaseline } from '../app/change-control/approve-baseline';
import { brandedProjectKeySchema } from './branded-project-key-schema';
import { defineResolver } from './define-resolver';

/** approveBaseline: approves a project's current plan as its next baseline version (project or Jira administrators; audited). */
export const approveBaselineResolver = defineResolver({
  payload: z.object({ projectKey: brandedProjectKeySchema, expectedVersion: z.int().min(0).optional() }),
  permission: 'signed-in',
  refusal: 'Approving a baseline needs a signed-in Jira user.',
  run: (deps, { projectKey, expectedVersion }) => approveBaseline(deps.changeControlWrite(), projectKey, expectedVersion),
});

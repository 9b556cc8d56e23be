import { z } from 'zod';

const jsonObjectSchema = z.record(z.string(), z.json());

/** POST /api/invoke: one resolver call from a frame, with the frame's context. */
export const invokeBodySchema = z.strictObject({
  moduleKey: z.string().min(1),
  functionKey: z.string().min(1),
  payload: z.json().optional(),
  accountId: z.string().min(1),
  extension: jsonObjectSchema,
});

/** POST /api/macro-config: the settings the macro's config page submitted. */
export const macroConfigBodySchema = z.strictObject({
  localId: z.string().min(1),
  config: jsonObjectSchema,
});

const keyPattern = /^[A-Z][A-Z0-9_]{1,9}$/;
const issueKeyPattern = /^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*$/;

/** The query of the harness page and of each surface frame. */
export const surfaceQuerySchema = z.object({
  as: z.string().min(1).max(128).optional(),
  project: z.string().regex(keyPattern, 'project must be a Jira project key').optional(),
  issue: z.string().regex(issueKeyPattern, 'issue must be a Jira issue key').optional(),
  view: z.enum(['config']).optional(),
});

export type SurfaceQuery = z.infer<typeof surfaceQuerySchema>;

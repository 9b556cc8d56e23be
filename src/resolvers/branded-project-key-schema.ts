import { z } from 'zod';
import type { ProjectKey } from '../domain/ids/project-key';
import { parseProjectKey } from '../domain/ids/parse-project-key';

/** A Jira project key in a payload, read by the project key parser into its branded type. */
export const brandedProjectKeySchema: z.ZodType<ProjectKey> = z.string().transform((raw, ctx): ProjectKey => {
  const key = parseProjectKey(raw);
  if (key === null) {
    ctx.issues.push({ code: 'custom', message: 'must be a Jira project key such as PMO', input: raw });
    return z.NEVER;
  }
  return key;
});

import { z } from 'zod';
import type { IssueKey } from '../domain/ids/issue-key';
import { parseIssueKey } from '../domain/ids/parse-issue-key';

/** A Jira issue key in a payload, read by the issue key parser into its branded type. */
export const issueKeySchema: z.ZodType<IssueKey> = z.string().transform((raw, ctx): IssueKey => {
  const key = parseIssueKey(raw);
  if (key === null) {
    ctx.issues.push({ code: 'custom', message: 'must be a Jira issue key such as PMO-12', input: raw });
    return z.NEVER;
  }
  return key;
});

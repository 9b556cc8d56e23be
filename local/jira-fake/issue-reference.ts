import { z } from 'zod';

/** A reference to another issue as Jira embeds it (parent, subtask, linked issue): id and/or key. */
export const issueReferenceSchema = z.looseObject({ id: z.string().optional(), key: z.string().optional() });

/** An entry of `fields.issuelinks`. */
export const issueLinkSchema = z.looseObject({
  id: z.string().optional(),
  type: z.looseObject({ name: z.string().optional(), inward: z.string().optional(), outward: z.string().optional() }).optional(),
  inwardIssue: issueReferenceSchema.optional(),
  outwardIssue: issueReferenceSchema.optional(),
});

export type IssueReference = z.infer<typeof issueReferenceSchema>;
export type IssueLink = z.infer<typeof issueLinkSchema>;

import { z } from 'zod';

const linkedIssueSchema = z.object({ key: z.string() });

const issueLinkSchema = z.object({
  type: z.object({ name: z.string().optional(), inward: z.string(), outward: z.string() }),
  inwardIssue: linkedIssueSchema.optional(),
  outwardIssue: linkedIssueSchema.optional(),
});

/**
 * The fields of an issue the roll-up reads (Jira's IssueBean, as the search returns it with an explicit `fields`
 * list). Optional fields fall back to "absent" when a site answers an unexpected shape, so one odd value costs that
 * value, not the issue; the custom fields stay unknown here because their ids differ per site.
 */
export const jiraIssueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.looseObject({
    summary: z.string(),
    issuetype: z.object({ name: z.string(), subtask: z.boolean().optional(), hierarchyLevel: z.number().optional() }),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
    created: z.string(),
    updated: z.string(),
    resolutiondate: z.string().nullable().optional().catch(null),
    duedate: z.string().nullable().optional().catch(null),
    parent: z.object({ key: z.string() }).nullable().optional().catch(null),
    labels: z.array(z.string()).optional().catch([]),
    assignee: z.object({ accountId: z.string() }).nullable().optional().catch(null),
    priority: z.object({ name: z.string() }).nullable().optional().catch(null),
    issuelinks: z.array(issueLinkSchema.nullable().catch(null)).optional().catch([]),
    timeoriginalestimate: z.number().nullable().optional().catch(null),
  }),
});

export type JiraIssue = z.infer<typeof jiraIssueSchema>;

/** The system fields the roll-up needs: what a search asks Jira for, besides the mapped custom fields. */
export const rollupSystemFields = [
  'summary',
  'issuetype',
  'status',
  'created',
  'updated',
  'resolutiondate',
  'duedate',
  'parent',
  'labels',
  'assignee',
  'priority',
  'issuelinks',
  'timeoriginalestimate',
] as const;

/**
 * The site file: one JSON format for demo data, test fixtures and offline analysis.
 * It holds Jira's own REST shapes (see docs/site-file.md), so a real site exported with
 * `pmo export` and a hand-written fixture read alike.
 */
import { z } from 'zod';

export const siteUserSchema = z.object({
  accountId: z.string().min(1),
  displayName: z.string(),
  emailAddress: z.string().optional(),
  active: z.boolean().default(true),
  accountType: z.string().default('atlassian'),
  groups: z.array(z.string()).default([]),
});

export const projectCategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  self: z.string().optional(),
});

export const siteProjectSchema = z.object({
  id: z.string(),
  key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}$/, 'a Jira project key: an upper-case letter, then letters, digits or _'),
  name: z.string(),
  projectTypeKey: z.string().default('software'),
  simplified: z.boolean().optional(),
  style: z.string().optional(),
  projectCategory: projectCategorySchema.optional(),
  lead: z.object({ accountId: z.string(), displayName: z.string().optional() }).optional(),
  description: z.string().optional(),
});

export const siteFieldSchema = z.object({
  id: z.string(),
  key: z.string().optional(),
  name: z.string(),
  custom: z.boolean(),
  orderable: z.boolean().optional(),
  navigable: z.boolean().optional(),
  searchable: z.boolean().optional(),
  clauseNames: z.array(z.string()).optional(),
  schema: z
    .object({ type: z.string(), items: z.string().optional(), system: z.string().optional(), custom: z.string().optional(), customId: z.number().optional() })
    .optional(),
});

export const issueLinkTypeSchema = z.object({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() });

export const statusCategoryKeySchema = z.enum(['new', 'indeterminate', 'done']);

export const siteStatusSchema = z.object({
  id: z.string(),
  name: z.string(),
  statusCategory: z.object({ key: statusCategoryKeySchema, id: z.number().optional(), name: z.string().optional(), colorName: z.string().optional() }),
});

export const changelogItemSchema = z.object({
  field: z.string(),
  fieldtype: z.string(),
  fieldId: z.string().optional(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});

export const changelogHistorySchema = z.object({
  id: z.string(),
  author: z.object({ accountId: z.string(), displayName: z.string().optional() }).optional(),
  created: z.string(),
  items: z.array(changelogItemSchema),
});

/** An issue as GET /rest/api/3/issue/{key} returns it: id, key, and the fields object. */
export const siteIssueSchema = z.object({
  id: z.string(),
  key: z.string().regex(/^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*$/, 'an issue key such as PMO-12'),
  fields: z.looseObject({
    summary: z.string(),
    issuetype: z.looseObject({ id: z.string(), name: z.string(), subtask: z.boolean().default(false), hierarchyLevel: z.number().optional() }),
    project: z.looseObject({ id: z.string(), key: z.string(), name: z.string().optional() }),
    status: z.looseObject({ id: z.string(), name: z.string(), statusCategory: z.looseObject({ key: statusCategoryKeySchema }) }),
    created: z.string(),
    updated: z.string(),
  }),
  changelog: z.object({ histories: z.array(changelogHistorySchema) }).optional(),
});

export const siteFileSchema = z.object({
  name: z.string().default('Jira site'),
  baseUrl: z.string().default('https://demo.atlassian.net'),
  users: z.array(siteUserSchema),
  projects: z.array(siteProjectSchema),
  fields: z.array(siteFieldSchema).default([]),
  issueLinkTypes: z.array(issueLinkTypeSchema).default([]),
  statuses: z.array(siteStatusSchema).default([]),
  issues: z.array(siteIssueSchema),
  /** accountId to the keys of the projects that user may browse. */
  permissions: z.record(z.string(), z.array(z.string())).default({}),
});

export type SiteUser = z.infer<typeof siteUserSchema>;
export type SiteProject = z.infer<typeof siteProjectSchema>;
export type SiteField = z.infer<typeof siteFieldSchema>;
export type SiteStatus = z.infer<typeof siteStatusSchema>;
export type SiteIssue = z.infer<typeof siteIssueSchema>;
export type ChangelogHistory = z.infer<typeof changelogHistorySchema>;
export type SiteFile = z.infer<typeof siteFileSchema>;
export type SiteFileInput = z.input<typeof siteFileSchema>;

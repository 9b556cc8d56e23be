/** A typed view of a site issue's fields for tests, read with zod from Jira's shapes. */
import { z } from 'zod';
import type { SiteIssue } from '../../../local/site/site-file-schema';

const ref = z.looseObject({ id: z.string(), key: z.string() });
const option = z.looseObject({ value: z.string(), id: z.string() }).nullable().optional();
const linkSchema = z.looseObject({
  id: z.string(),
  type: z.looseObject({ id: z.string(), name: z.string(), inward: z.string(), outward: z.string() }),
  inwardIssue: ref.optional(),
  outwardIssue: ref.optional(),
});
const fieldsSchema = z.looseObject({
  summary: z.string(),
  issuetype: z.looseObject({ name: z.string(), subtask: z.boolean(), hierarchyLevel: z.number().optional() }),
  project: z.looseObject({ id: z.string(), key: z.string() }),
  status: z.looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.enum(['new', 'indeterminate', 'done']) }) }),
  priority: z.looseObject({ name: z.string() }).optional(),
  assignee: z.looseObject({ accountId: z.string() }).nullable().optional(),
  labels: z.array(z.string()).default([]),
  duedate: z.string().nullable().optional(),
  created: z.string(),
  updated: z.string(),
  resolutiondate: z.string().nullable().optional(),
  resolution: z.looseObject({ name: z.string() }).nullable().optional(),
  parent: ref.optional(),
  subtasks: z.array(ref).default([]),
  issuelinks: z.array(linkSchema).default([]),
  customfield_10015: z.string().nullable().optional(),
  customfield_10016: z.number().nullable().optional(),
  customfield_10050: z.number().nullable().optional(),
  customfield_10051: z.number().nullable().optional(),
  customfield_10052: option,
  customfield_10053: option,
  customfield_10054: z.string().nullable().optional(),
});

export interface IssueView {
  id: string;
  key: string;
  projectKey: string;
  type: string;
  subtask: boolean;
  status: string;
  category: 'new' | 'indeterminate' | 'done';
  created: number;
  updated: number;
  resolved: number | null;
  resolution: string | null;
  due: string | null;
  start: string | null;
  labels: string[];
  assigneeId: string | null;
  parentKey: string | null;
  subtaskKeys: string[];
  links: { id: string; typeName: string; direction: 'inward' | 'outward'; otherKey: string }[];
  storyPoints: number | null;
  budget: number | null;
  actualCost: number | null;
  probability: number | null;
  impact: number | null;
  mitigation: string | null;
  histories: NonNullable<SiteIssue['changelog']>['histories'];
}

const score = (o: { value: string } | null | undefined): number | null => (o ? Number(o.value.slice(0, 1)) : null);

/** Reads the fields tests look at; throws (failing the test) when a field is not in Jira's shape. */
export function readSiteIssue(issue: SiteIssue): IssueView {
  const f = fieldsSchema.parse(issue.fields);
  return {
    id: issue.id,
    key: issue.key,
    projectKey: f.project.key,
    type: f.issuetype.name,
    subtask: f.issuetype.subtask,
    status: f.status.name,
    category: f.status.statusCategory.key,
    created: Date.parse(f.created),
    updated: Date.parse(f.updated),
    resolved: f.resolutiondate ? Date.parse(f.resolutiondate) : null,
    resolution: f.resolution?.name ?? null,
    due: f.duedate ?? null,
    start: f.customfield_10015 ?? null,
    labels: f.labels,
    assigneeId: f.assignee?.accountId ?? null,
    parentKey: f.parent?.key ?? null,
    subtaskKeys: f.subtasks.map((s) => s.key),
    links: f.issuelinks.map((l) => {
      const other = l.outwardIssue ?? l.inwardIssue;
      if (!other) throw new Error(`link ${l.id} on ${issue.key} has neither inwardIssue nor outwardIssue`);
      return { id: l.id, typeName: l.type.name, direction: l.outwardIssue ? 'outward' : 'inward', otherKey: other.key };
    }),
    storyPoints: f.customfield_10016 ?? null,
    budget: f.customfield_10050 ?? null,
    actualCost: f.customfield_10051 ?? null,
    probability: score(f.customfield_10052),
    impact: score(f.customfield_10053),
    mitigation: f.customfield_10054 ?? null,
    histories: issue.changelog?.histories ?? [],
  };
}

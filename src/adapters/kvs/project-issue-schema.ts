import { z } from 'zod';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { parseRaidScale } from '../../domain/work-item/parse-raid-scale';
import type { ProjectIssue } from '../../ports/project-issue';

/** A stored string read back through the domain's parser, so branded ids are only ever made by their parsers. */
function parsed<T>(parse: (raw: string) => T | null, what: string) {
  return z.string().transform((raw, ctx): T => {
    const value = parse(raw);
    if (value === null) {
      ctx.issues.push({ code: 'custom', message: `not ${what}`, input: raw });
      return z.NEVER;
    }
    return value;
  });
}

const issueKey = parsed(parseIssueKey, 'an issue key');
const projectKey = parsed(parseProjectKey, 'a project key');
const accountId = parsed(parseAccountId, 'an account id');
const raidScale = z.number().transform((raw, ctx) => {
  const value = parseRaidScale(raw);
  if (value === null) {
    ctx.issues.push({ code: 'custom', message: 'not a 1..5 rating', input: raw });
    return z.NEVER;
  }
  return value;
});

const workItemSchema = z.object({
  key: issueKey,
  projectKey,
  summary: z.string(),
  issueType: z.string(),
  hierarchyLevel: z.number(),
  statusName: z.string(),
  statusCategory: z.enum(['new', 'indeterminate', 'done']),
  created: z.string(),
  updated: z.string(),
  resolved: z.string().nullable(),
  due: z.string().nullable(),
  start: z.string().nullable(),
  estimate: z.object({ storyPoints: z.number().nullable(), originalEstimateSeconds: z.number().nullable() }),
  parentKey: issueKey.nullable(),
  labels: z.array(z.string()),
  assigneeId: accountId.nullable(),
  priority: z.string().nullable(),
  links: z.array(z.object({ type: z.enum(['blocks', 'is-blocked-by', 'relates', 'depends-on', 'other']), otherKey: issueKey, otherProjectKey: projectKey })),
  // Items stored before flags were read count as not flagged until their next refresh.
  flagged: z.boolean().default(false),
  raid: z.object({ probability: raidScale.nullable(), impact: raidScale.nullable(), mitigation: z.string().nullable() }),
  cost: z.object({ budget: z.number().nullable(), actualCost: z.number().nullable() }),
  // Items stored before intake criteria were read have none until their next refresh.
  criteria: z
    .object({
      businessValue: z.number().exactOptional(),
      timeCriticality: z.number().exactOptional(),
      riskReduction: z.number().exactOptional(),
      jobSize: z.number().exactOptional(),
      estimatedCost: z.number().exactOptional(),
      expectedBenefit: z.number().exactOptional(),
      strategicTheme: z.string().exactOptional(),
      program: z.string().exactOptional(),
    })
    .exactOptional(),
});

/** A stored work item with its Jira issue id, checked field by field as it is read back from storage. */
export const projectIssueSchema: z.ZodType<ProjectIssue> = z.object({ issueId: z.string(), item: workItemSchema });

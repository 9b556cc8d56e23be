import type { FieldMapping } from '../../ports/field-mapping';
import type { ProjectIssueQuery, ProjectIssueRead, ReadControl } from '../../ports/portfolio-jira';
import { rollupSystemFields } from './jira-issue-schema';
import type { JiraClient } from './jira-client';
import { projectIssuesJql } from './project-issues-jql';
import { readIssuePages } from './read-issue-pages';

/**
 * The fields a roll-up reads: the system fields it needs and the mapped custom fields, intake criteria included (the
 * Program field too: a proposal names there the program it would land in). A site without a role's field asks for
 * nothing more.
 */
export function rollupFieldIds(mapping: FieldMapping): string[] {
  const custom = [
    mapping.storyPoints,
    mapping.storyPointEstimate,
    mapping.startDate,
    mapping.budget,
    mapping.actualCost,
    mapping.probability,
    mapping.impact,
    mapping.mitigation,
    mapping.flagged,
    mapping.businessValue,
    mapping.timeCriticality,
    mapping.riskReduction,
    mapping.jobSize,
    mapping.estimatedCost,
    mapping.expectedBenefit,
    mapping.strategicTheme,
    mapping.program,
  ];
  return [...new Set([...rollupSystemFields, ...custom.filter((id): id is string => id !== null)])];
}

const readAll: ReadControl = { resumeToken: null, keepGoing: () => true };

/**
 * Reads a project's issues (all, or those updated since an instant) as work items, page by page until Jira says
 * `isLast`, asking only for the fields the roll-up needs. Stops early when `control.keepGoing()` answers false,
 * answering the page token to resume from; an issue Jira returns in a shape that cannot be read is counted in
 * `skipped`, not fatal.
 */
export async function readProjectIssues(
  client: JiraClient,
  query: ProjectIssueQuery,
  mapping: FieldMapping,
  control: ReadControl = readAll,
  timeZone = 'UTC',
): Promise<ProjectIssueRead> {
  const jql = projectIssuesJql(query.projectKey, query.updatedSince, timeZone);
  return readIssuePages(client, { jql, fields: rollupFieldIds(mapping) }, () => mapping, control);
}

import type { FieldMapping } from '../../ports/field-mapping';
import type { ChangedIssuesQuery, ProjectIssueRead, ReadControl } from '../../ports/portfolio-jira';
import { changedIssuesJql } from './changed-issues-jql';
import type { JiraClient } from './jira-client';
import { readIssuePages } from './read-issue-pages';
import { rollupFieldIds } from './read-project-issues';

/**
 * Reads the issues of several projects updated in a window in one search (oldest update first), each turned into a
 * work item with its own project's field mapping: the fields asked for are those of every mapping in play, so projects
 * whose templates name other fields share the search. An issue of a project without a mapping is skipped.
 */
export async function readChangedIssues(
  client: JiraClient,
  query: ChangedIssuesQuery,
  mappings: ReadonlyMap<string, FieldMapping>,
  control: ReadControl,
  timeZone = 'UTC',
): Promise<ProjectIssueRead> {
  const jql = changedIssuesJql(query.projectKeys, query.updatedFrom, query.updatedBefore, timeZone);
  const fields = [...new Set([...mappings.values()].flatMap(rollupFieldIds))];
  return readIssuePages(client, { jql, fields }, (issue) => mappings.get(issue.key.slice(0, issue.key.lastIndexOf('-'))) ?? null, control);
}

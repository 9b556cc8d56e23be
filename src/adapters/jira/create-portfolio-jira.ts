import type { PortfolioJira } from '../../ports/portfolio-jira';
import type { PortfolioProject } from '../../ports/portfolio-project';
import { approximateCount } from './approximate-count';
import { countProjects } from './count-projects';
import { discoverFieldIds } from './discover-field-ids';
import { findProject } from './find-project';
import { getFields } from './get-fields';
import type { JiraClient } from './jira-client';
import { projectIssuesJql } from './project-issues-jql';
import { projectsIssuesJql } from './projects-issues-jql';
import { readChangedIssues } from './read-changed-issues';
import { readIssuesByIds } from './read-issues-by-ids';
import { readProjectIssueIds } from './read-project-issue-ids';
import { readProjectIssues } from './read-project-issues';
import { searchProjects } from './search-projects';
import { toPortfolioProject } from './to-portfolio-project';

/**
 * The portfolio's Jira reader over a client that acts as the app (asApp), which sees every project. `timeZone` is the
 * acting user's (see actingTimeZone), in which Jira reads the dates of incremental queries.
 */
export function createPortfolioJira(client: JiraClient, timeZone = 'UTC'): PortfolioJira {
  return {
    discoverFieldMapping: async () => discoverFieldIds(await getFields(client)),
    listProjects: async () => (await searchProjects(client)).map(toPortfolioProject).filter((p): p is PortfolioProject => p !== null),
    countProjects: () => countProjects(client),
    findProject: async (projectKey) => {
      const project = await findProject(client, projectKey);
      return project === null ? null : toPortfolioProject(project);
    },
    readIssues: (query, mapping, control) => readProjectIssues(client, query, mapping, control, timeZone),
    readChangedIssues: (query, mappings, control) => readChangedIssues(client, query, mappings, control, timeZone),
    readIssueIds: (projectKey) => readProjectIssueIds(client, projectKey),
    readIssuesByIds: (issueIds, mapping) => readIssuesByIds(client, issueIds, mapping),
    countIssues: (projectKey) => approximateCount(client, projectIssuesJql(projectKey, null)),
    countIssuesOf: (projectKeys) => approximateCount(client, projectsIssuesJql(projectKeys)),
  };
}

/**
 * Jira's system issue fields the fake knows, with whether each is navigable (returned by `*navigable`). A site
 * file's own `fields` entry overrides this; fields in neither are treated as navigable custom data.
 */
export const SYSTEM_FIELDS: ReadonlyMap<string, { readonly navigable: boolean }> = new Map(
  Object.entries({
    summary: true, description: true, status: true, issuetype: true, project: true, priority: true, resolution: true,
    resolutiondate: true, created: true, updated: true, duedate: true, labels: true, assignee: true, reporter: true,
    creator: true, parent: true, subtasks: true, issuelinks: true, components: true, fixVersions: true, versions: true,
    environment: true, security: true, votes: true, watches: true, lastViewed: true, statuscategorychangedate: true,
    timeestimate: true, timeoriginalestimate: true, timespent: true, aggregatetimeestimate: true,
    aggregatetimeoriginalestimate: true, aggregatetimespent: true, aggregateprogress: true, progress: true,
    workratio: true, thumbnail: true,
    comment: false, attachment: false, worklog: false, timetracking: false,
  }).map(([id, navigable]) => [id, { navigable }]),
);

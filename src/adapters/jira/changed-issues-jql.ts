import { jqlDateTime } from './jql-date-time';
import { projectsIssuesJql } from './projects-issues-jql';

/**
 * The JQL for the issues of some projects updated in a window, oldest update first:
 * `project in ("A", "B") AND updated >= "from" AND updated < "before" ORDER BY updated ASC, key ASC`, the dates written
 * in the querying user's `timeZone`. Update order lets a read that stops early say how far it got.
 *
 * @throws RangeError when a key is not a Jira project key (nothing else can be spliced into the query), or none is given.
 * @example
 * changedIssuesJql(['CORE', 'PMO'], '2026-12-03T10:00:00Z', '2026-12-03T10:25:00Z');
 * // 'project in ("CORE", "PMO") AND updated >= "2026-12-03 10:00" AND updated < "2026-12-03 10:25" ORDER BY updated ASC, key ASC'
 */
export function changedIssuesJql(projectKeys: readonly string[], updatedFrom: string, updatedBefore: string, timeZone = 'UTC'): string {
  const window = `updated >= "${jqlDateTime(updatedFrom, timeZone)}" AND updated < "${jqlDateTime(updatedBefore, timeZone)}"`;
  return `${projectsIssuesJql(projectKeys)} AND ${window} ORDER BY updated ASC, key ASC`;
}

import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { jqlDateTime } from './jql-date-time';

/**
 * The JQL for a project's issues in key order (`project = "KEY" ORDER BY key ASC`), or for those updated at or after
 * an instant (`AND updated >= "yyyy-MM-dd HH:mm"`, written in the querying user's `timeZone`, UTC unless given). Key
 * order keeps pages stable while issues change during a read.
 *
 * @throws RangeError when `projectKey` is not a Jira project key, so nothing else can be spliced into the query.
 * @example
 * projectIssuesJql('PMO', '2026-11-20T09:41:30Z'); // 'project = "PMO" AND updated >= "2026-11-20 09:41" ORDER BY key ASC'
 * projectIssuesJql('PMO', '2026-11-20T09:41:30Z', 'America/New_York'); // '... updated >= "2026-11-20 04:41" ...'
 */
export function projectIssuesJql(projectKey: string, updatedSince: string | null, timeZone = 'UTC'): string {
  const key = parseProjectKey(projectKey);
  if (key === null) throw new RangeError(`Not a Jira project key: ${projectKey}`);
  const since = updatedSince === null ? '' : ` AND updated >= "${jqlDateTime(updatedSince, timeZone)}"`;
  return `project = "${key}"${since} ORDER BY key ASC`;
}

import { parseProjectKey } from '../../domain/ids/parse-project-key';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A JQL date-time, `yyyy-MM-dd HH:mm`, in UTC and rounded down to the minute (JQL has no seconds). */
function jqlDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${iso}`);
  return `${String(at.getUTCFullYear())}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

/**
 * The JQL for a project's issues in key order (`project = "KEY" ORDER BY key ASC`), or for those updated at or after
 * an instant (`AND updated >= "yyyy-MM-dd HH:mm"`). Key order keeps pages stable while issues change during a read.
 *
 * @throws RangeError when `projectKey` is not a Jira project key, so nothing else can be spliced into the query.
 * @example
 * projectIssuesJql('PMO', '2026-11-20T09:41:30Z'); // 'project = "PMO" AND updated >= "2026-11-20 09:41" ORDER BY key ASC'
 */
export function projectIssuesJql(projectKey: string, updatedSince: string | null): string {
  const key = parseProjectKey(projectKey);
  if (key === null) throw new RangeError(`Not a Jira project key: ${projectKey}`);
  const since = updatedSince === null ? '' : ` AND updated >= "${jqlDateTime(updatedSince)}"`;
  return `project = "${key}"${since} ORDER BY key ASC`;
}

import { parseProjectKey } from '../../domain/ids/parse-project-key';

/**
 * The JQL for every issue of several projects: `project in ("A", "B")`, for one count of all of them.
 *
 * @throws RangeError when a key is not a Jira project key, or none is given.
 * @example
 * projectsIssuesJql(['CORE', 'PMO']); // 'project in ("CORE", "PMO")'
 */
export function projectsIssuesJql(projectKeys: readonly string[]): string {
  if (projectKeys.length === 0) throw new RangeError('A count of issues needs at least one project.');
  return `project in (${projectKeys
    .map((projectKey) => {
      const key = parseProjectKey(projectKey);
      if (key === null) throw new RangeError(`Not a Jira project key: ${projectKey}`);
      return `"${key}"`;
    })
    .join(', ')})`;
}

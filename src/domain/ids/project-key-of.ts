import type { IssueKey } from './issue-key';
import { parseProjectKey } from './parse-project-key';
import type { ProjectKey } from './project-key';

/**
 * The project an issue key belongs to: everything before the key's last hyphen.
 *
 * @throws RangeError only if `key` was not made by `parseIssueKey` (its project part would not be a project key).
 * @example
 * projectKeyOf(parseIssueKey('PMO-12')!); // 'PMO'
 */
export function projectKeyOf(key: IssueKey): ProjectKey {
  const projectKey = parseProjectKey(key.slice(0, key.lastIndexOf('-')));
  if (projectKey === null) {
    throw new RangeError(`Not an issue key: ${key}`);
  }
  return projectKey;
}

import type { ProjectKey } from './project-key';

/** Jira's rule: an upper-case letter, then 1 to 9 upper-case letters, digits or underscores. */
const projectKeyPattern = /^[A-Z][A-Z0-9_]{1,9}$/;

function isProjectKey(candidate: string): candidate is ProjectKey {
  return projectKeyPattern.test(candidate);
}

/**
 * Reads a Jira project key. Surrounding whitespace is ignored; case is not changed.
 *
 * @returns the key, or null when `raw` is not a Jira project key.
 * @example
 * parseProjectKey('PMO');   // 'PMO'
 * parseProjectKey('P');     // null (too short)
 * parseProjectKey('1PMO');  // null (must start with a letter)
 */
export function parseProjectKey(raw: string): ProjectKey | null {
  const candidate = raw.trim();
  return isProjectKey(candidate) ? candidate : null;
}

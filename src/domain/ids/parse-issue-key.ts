import type { IssueKey } from './issue-key';

/** Jira's rule: a project key (upper-case letter, then 1-9 upper-case letters, digits or _), a hyphen, a number from 1. */
const issueKeyPattern = /^[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]*$/;

function isIssueKey(candidate: string): candidate is IssueKey {
  return issueKeyPattern.test(candidate);
}

/**
 * Reads a Jira issue key. Surrounding whitespace is ignored; case is not changed, because Jira's API always answers
 * with upper-case keys and a lower-case one signals input that should be looked up, not trusted.
 *
 * @returns the key, or null when `raw` is not a Jira issue key.
 * @example
 * parseIssueKey('PMO-12');   // 'PMO-12'
 * parseIssueKey(' PMO-12 '); // 'PMO-12'
 * parseIssueKey('pmo-12');   // null
 * parseIssueKey('PMO-0');    // null
 */
export function parseIssueKey(raw: string): IssueKey | null {
  const candidate = raw.trim();
  return isIssueKey(candidate) ? candidate : null;
}

import type { AccountId } from './account-id';

/**
 * Jira documents an account id only as an opaque string of at most 128 characters (for example
 * `5b10ac8d82e05b22cc7d4ef5` or `557058:f58131cb-b67d-43c7-b30d-6b58d40bd077`), so any printable ASCII without
 * spaces is accepted.
 */
const accountIdPattern = /^[\x21-\x7E]{1,128}$/;

function isAccountId(candidate: string): candidate is AccountId {
  return accountIdPattern.test(candidate);
}

/**
 * Reads an Atlassian account id. Surrounding whitespace is ignored.
 *
 * @returns the id, or null when `raw` is empty, longer than 128 characters or holds spaces or non-ASCII characters.
 * @example
 * parseAccountId('5b10ac8d82e05b22cc7d4ef5'); // '5b10ac8d82e05b22cc7d4ef5'
 * parseAccountId('');                          // null
 */
export function parseAccountId(raw: string): AccountId | null {
  const candidate = raw.trim();
  return isAccountId(candidate) ? candidate : null;
}

/** Jira serves at most this many issues a search page when fields are asked for. */
export const FIELDS_PAGE_SIZE = 100;

/**
 * The fewest search requests that can read the given issue counts, one search each: the sum of ceil(count / 100).
 * A project with no issues to read costs nothing.
 *
 * @example
 * pagesNeeded([250, 100, 0]); // 4
 */
export function pagesNeeded(issueCounts: Iterable<number>): number {
  let pages = 0;
  for (const count of issueCounts) pages += Math.ceil(count / FIELDS_PAGE_SIZE);
  return pages;
}

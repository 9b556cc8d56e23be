/** Jira serves about 100 issues a page when fields are asked for. */
export const ISSUES_PER_FIELD_PAGE = 100;

/**
 * The points a full read of projects costs Jira: each search page is a request (1 point) and each issue returned is
 * 1 more; an empty project still takes one page.
 *
 * @example
 * fullReadPoints([250, 0]); // 250 issues + 3 pages + 1 page = 254
 */
export function fullReadPoints(issueCounts: readonly number[]): number {
  let points = 0;
  for (const count of issueCounts) {
    const issues = Math.max(0, Math.floor(count));
    points += issues + Math.max(1, Math.ceil(issues / ISSUES_PER_FIELD_PAGE));
  }
  return points;
}
